namespace CenterSim.Policies.Placement;

/// <summary>
/// The indexes of a <see cref="ClusterBook"/> by free chips, each kept up to date in O(log n) per
/// change of a server: one <see cref="LevelTree"/> files every server under its number of free chips, so
/// the servers with exactly k free, with at least k free and the partly free ones are ranges of its levels
/// (all ranked in index order); a second tree files the partly free servers under one level of their
/// own, so drawing or walking them reads one level rather than all but two; and a third files the racks
/// under their number of wholly free servers, so no change allocates. It files servers; what they hold is the book's.
/// </summary>
public sealed class FreeChipIndex
{
    private readonly int _capacity;
    private readonly int _serversPerRack;
    private readonly int[] _rack;
    private readonly LevelTree _tree;
    private readonly LevelTree _partly;
    private readonly int[] _wholePerRack;
    private readonly LevelTree _racks;

    public FreeChipIndex(int racks, int serversPerRack, int chipsPerServer)
    {
        var n = racks * serversPerRack;
        _capacity = chipsPerServer;
        _serversPerRack = serversPerRack;
        _rack = new int[n];
        _tree = new LevelTree(n, chipsPerServer + 1);
        _partly = new LevelTree(n, 1);
        _wholePerRack = new int[racks];
        _racks = new LevelTree(racks, serversPerRack + 1);
        for (var r = 0; r < racks; r++)
        {
            _racks.Move(r, -1, 0);
        }
        for (var s = 0; s < n; s++)
        {
            _rack[s] = s / serversPerRack;
            Move(s, -1, chipsPerServer);
        }
    }

    /// <summary>Partly free servers (some but not all chips free).</summary>
    public LevelRange Partly => new(_partly, 0, 0);

    /// <summary>Racks with at least one wholly free server, by that number then by index.</summary>
    public IEnumerable<(int Whole, int Rack)> RacksByWhole
    {
        get
        {
            for (var w = 1; w <= _serversPerRack; w++)
            {
                foreach (var r in RacksWithWhole(w))
                {
                    yield return (w, r);
                }
            }
        }
    }

    /// <summary>The most wholly free servers any rack has (0 when none has one).</summary>
    public int MostWholeInARack
    {
        get
        {
            for (var w = _serversPerRack; w > 0; w--)
            {
                if (_racks.Count(w, w) > 0)
                {
                    return w;
                }
            }
            return 0;
        }
    }

    /// <summary>The racks with exactly <paramref name="whole"/> wholly free servers, in index order.</summary>
    public IEnumerable<int> RacksWithWhole(int whole) => new LevelRange(_racks, whole, whole).InOrder();

    public int RackOf(int server) => _rack[server];

    /// <summary>The servers with exactly <paramref name="free"/> free chips.</summary>
    public LevelRange WithFree(int free) => new(_tree, free, free);

    /// <summary>The servers with at least <paramref name="chips"/> (1..chips per server) free.</summary>
    public LevelRange WithAtLeast(int chips) => new(_tree, chips, _capacity);

    public int WholeIn(int rack) => _wholePerRack[rack];

    /// <summary>Wholly free servers of a rack, in index order.</summary>
    public IEnumerable<int> WholeInRack(int rack)
    {
        var whole = WithFree(_capacity);
        var end = (rack + 1) * _serversPerRack;
        for (var s = whole.Next(rack * _serversPerRack); s >= 0 && s < end; s = whole.Next(s + 1))
        {
            yield return s;
        }
    }

    /// <summary>Refiles a server that had <paramref name="old"/> free chips (−1: not filed yet) under <paramref name="free"/>.</summary>
    public void Move(int server, int old, int free)
    {
        _tree.Move(server, old, free);
        var (wasPartly, isPartly) = (IsPartly(old), IsPartly(free));
        if (wasPartly != isPartly)
        {
            _partly.Move(server, wasPartly ? 0 : -1, isPartly ? 0 : -1);
        }
        if ((old == _capacity) != (free == _capacity))
        {
            var r = _rack[server];
            var was = _wholePerRack[r];
            _wholePerRack[r] += free == _capacity ? 1 : -1;
            _racks.Move(r, was, _wholePerRack[r]);
        }
    }

    private bool IsPartly(int free) => free > 0 && free < _capacity;
}
