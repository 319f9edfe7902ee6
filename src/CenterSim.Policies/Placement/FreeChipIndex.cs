namespace CenterSim.Policies.Placement;

/// <summary>
/// The indexes of a <see cref="ClusterBook"/> by free chips, each kept up to date in O(log n) per
/// change of a server: the servers with exactly k free chips and, for each k, those with at least k free
/// (both ranked in index order), the partly free servers, and the racks by their number of wholly free
/// servers. It files servers; what they hold is the book's.
/// </summary>
public sealed class FreeChipIndex
{
    private readonly int _capacity;
    private readonly int _serversPerRack;
    private readonly int[] _rack;
    private readonly FenwickSet[] _level;
    private readonly FenwickSet[] _atLeast;
    private readonly int[] _wholePerRack;

    public FreeChipIndex(int racks, int serversPerRack, int chipsPerServer)
    {
        var n = racks * serversPerRack;
        _capacity = chipsPerServer;
        _serversPerRack = serversPerRack;
        _rack = new int[n];
        _level = new FenwickSet[chipsPerServer + 1];
        for (var k = 0; k <= chipsPerServer; k++)
        {
            _level[k] = new FenwickSet(n);
        }
        _atLeast = new FenwickSet[chipsPerServer + 1];
        for (var k = 1; k <= chipsPerServer; k++)
        {
            _atLeast[k] = new FenwickSet(n);
        }
        Partly = new FenwickSet(n);
        _wholePerRack = new int[racks];
        for (var s = 0; s < n; s++)
        {
            _rack[s] = s / serversPerRack;
            Move(s, -1, chipsPerServer);
        }
    }

    /// <summary>Partly free servers (some but not all chips free).</summary>
    public FenwickSet Partly { get; }

    /// <summary>Racks with at least one wholly free server, by that number then by index.</summary>
    public SortedSet<(int Whole, int Rack)> RacksByWhole { get; } = new();

    public int RackOf(int server) => _rack[server];

    /// <summary>The servers with exactly <paramref name="free"/> free chips.</summary>
    public FenwickSet WithFree(int free) => _level[free];

    /// <summary>The servers with at least <paramref name="chips"/> (1..chips per server) free.</summary>
    public FenwickSet WithAtLeast(int chips) => _atLeast[chips];

    public int WholeIn(int rack) => _wholePerRack[rack];

    /// <summary>Wholly free servers of a rack, in index order.</summary>
    public IEnumerable<int> WholeInRack(int rack)
    {
        var whole = _level[_capacity];
        var first = whole.CountBelow(rack * _serversPerRack);
        for (var k = first; k < first + _wholePerRack[rack]; k++)
        {
            yield return whole.Nth(k);
        }
    }

    /// <summary>Refiles a server that had <paramref name="old"/> free chips (−1: not filed yet) under <paramref name="free"/>.</summary>
    public void Move(int server, int old, int free)
    {
        if (old >= 0)
        {
            _level[old].Remove(server);
        }
        _level[free].Add(server);
        for (var k = Math.Max(old, 0) + 1; k <= free; k++)
        {
            _atLeast[k].Add(server);
        }
        for (var k = free + 1; k <= old; k++)
        {
            _atLeast[k].Remove(server);
        }
        var wasPartly = old > 0 && old < _capacity;
        var isPartly = free > 0 && free < _capacity;
        if (wasPartly != isPartly)
        {
            if (isPartly)
            {
                Partly.Add(server);
            }
            else
            {
                Partly.Remove(server);
            }
        }
        if ((old == _capacity) != (free == _capacity))
        {
            var r = _rack[server];
            if (_wholePerRack[r] > 0)
            {
                RacksByWhole.Remove((_wholePerRack[r], r));
            }
            _wholePerRack[r] += free == _capacity ? 1 : -1;
            if (_wholePerRack[r] > 0)
            {
                RacksByWhole.Add((_wholePerRack[r], r));
            }
        }
    }
}
