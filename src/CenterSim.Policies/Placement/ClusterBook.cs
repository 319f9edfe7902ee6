namespace CenterSim.Policies.Placement;

/// <summary>
/// The scheduler's book of free chips per server of one pool (all its servers have the same chips), with
/// each server's rack. Placement policies read it; the scheduler reserves and releases. It keeps indexes
/// up to date on every change, so a placement finds its servers in O(log n): the servers with exactly k
/// free chips and for each k the servers with at least k free (both ranked in index order), the partly free servers,
/// and the racks by their number of wholly free servers. Server actors hold the chips themselves.
/// </summary>
public sealed class ClusterBook
{
    private readonly int[] _free;
    private readonly int[] _rack;
    private readonly int _capacity;
    private readonly FenwickSet[] _level;
    private readonly FenwickSet[] _atLeast;
    private readonly FenwickSet _partly;
    private readonly int[] _wholePerRack;
    private readonly SortedSet<(int Whole, int Rack)> _racksByWhole = new();
    private readonly List<(int Server, bool Whole)> _drawn = new();
    private readonly long[] _rackVersion;
    private readonly int[] _hiddenFree;
    private readonly bool[] _rackHidden;
    private readonly List<int> _hiddenRacks = new();

    public ClusterBook(int racks, int serversPerRack, int chipsPerServer)
    {
        var n = racks * serversPerRack;
        _free = new int[n];
        _rack = new int[n];
        _capacity = chipsPerServer;
        ServersPerRack = serversPerRack;
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
        _partly = new FenwickSet(n);
        _wholePerRack = new int[racks];
        _rackVersion = new long[racks];
        _hiddenFree = new int[n];
        _rackHidden = new bool[racks];
        for (var s = 0; s < n; s++)
        {
            _rack[s] = s / serversPerRack;
            Move(s, 0, chipsPerServer);
        }
        Racks = racks;
        TotalChips = n * chipsPerServer;
        TotalFree = TotalChips;
    }

    public int ServerCount => _free.Length;

    public int Racks { get; }

    public int ServersPerRack { get; }

    public int TotalChips { get; }

    public int TotalFree { get; private set; }

    /// <summary>Grows whenever a server's free chips change: what was found from the book at one version holds until the next.</summary>
    public long Version { get; private set; }

    /// <summary>Grows whenever a server of the rack changes its free chips or goes down or up (hiding does not count).</summary>
    public long RackVersion(int rack) => _rackVersion[rack];

    /// <summary>Chips of every server of the book.</summary>
    public int ChipsPerServer => _capacity;

    public int Free(int server) => _free[server];

    public int Capacity(int server) => _capacity;

    /// <summary>Chips held by jobs (or out of service): what hiding a rack leaves unchanged.</summary>
    public int Busy(int server) => _capacity - _free[server] - _hiddenFree[server];

    /// <summary>
    /// Hides a rack's free chips from placement (free, totals and indexes read as if they were taken) until
    /// <see cref="ShowHidden"/>, without counting as a change: <see cref="Version"/>, the rack versions and
    /// <see cref="Busy"/> stay as they are. False when the rack is hidden already. The servers of a rack are
    /// contiguous, so this costs the rack's servers. Nothing may be reserved or released meanwhile.
    /// </summary>
    public bool HideRack(int rack)
    {
        if (_rackHidden[rack])
        {
            return false;
        }
        _rackHidden[rack] = true;
        _hiddenRacks.Add(rack);
        for (var s = rack * ServersPerRack; s < (rack + 1) * ServersPerRack; s++)
        {
            var free = _free[s];
            if (free > 0)
            {
                _hiddenFree[s] = free;
                TotalFree -= free;
                Shift(s, 0);
            }
        }
        return true;
    }

    /// <summary>Gives the hidden racks' free chips back: the book is as it was before the first <see cref="HideRack"/>.</summary>
    public void ShowHidden()
    {
        foreach (var rack in _hiddenRacks)
        {
            _rackHidden[rack] = false;
            for (var s = rack * ServersPerRack; s < (rack + 1) * ServersPerRack; s++)
            {
                var free = _hiddenFree[s];
                if (free > 0)
                {
                    _hiddenFree[s] = 0;
                    TotalFree += free;
                    Shift(s, free);
                }
            }
        }
        _hiddenRacks.Clear();
    }

    public int RackOf(int server) => _rack[server];

    /// <summary>The servers with exactly <paramref name="free"/> free chips, in index order.</summary>
    public IEnumerable<int> WithFree(int free) => _level[free].InOrder();

    /// <summary>How many servers have exactly <paramref name="free"/> free chips.</summary>
    public int CountWithFree(int free) => _level[free].Count;

    /// <summary>How many servers have at least <paramref name="chips"/> (1..chips per server) free.</summary>
    public int CountWithAtLeast(int chips) => _atLeast[chips].Count;

    /// <summary>The server of rank <paramref name="k"/> in index order among those with at least <paramref name="chips"/> free; −1 if none.</summary>
    public int NthWithAtLeast(int chips, int k) => _atLeast[chips].Nth(k);

    /// <summary>Partly free servers (some but not all chips free): their count and the one of rank k in index order.</summary>
    public int CountPartlyFree => _partly.Count;

    public int NthPartlyFree(int k) => _partly.Nth(k);

    /// <summary>Best fit: the server with the fewest free chips that still holds <paramref name="chips"/>, lowest index on ties; −1 if none.</summary>
    public int FullestWithAtLeast(int chips)
    {
        for (var k = Math.Max(chips, 1); k <= _capacity; k++)
        {
            if (_level[k].Count > 0)
            {
                return _level[k].Nth(0);
            }
        }
        return -1;
    }

    /// <summary>Wholly free servers of a rack, in index order.</summary>
    public IEnumerable<int> WholeInRack(int rack)
    {
        var whole = _level[_capacity];
        var first = whole.CountBelow(rack * ServersPerRack);
        for (var k = first; k < first + _wholePerRack[rack]; k++)
        {
            yield return whole.Nth(k);
        }
    }

    public int WholeIn(int rack) => _wholePerRack[rack];

    /// <summary>Racks with at least one wholly free server, by that number then by index.</summary>
    public SortedSet<(int Whole, int Rack)> RacksByWhole => _racksByWhole;

    /// <summary>Free chips on servers with fewer than <paramref name="threshold"/> free (but some).</summary>
    public int FreeChipsBelow(int threshold)
    {
        var chips = 0;
        for (var k = 1; k < Math.Min(threshold, _capacity + 1); k++)
        {
            chips += k * _level[k].Count;
        }
        return chips;
    }

    /// <summary>
    /// Draws a wholly free (or a partly free) server uniformly at random among those not drawn yet, with
    /// <paramref name="below"/>(n) giving a number in [0, n); −1 when none is left. Draws are put back with
    /// <see cref="PutBackDrawn"/>; the book must not change in between.
    /// </summary>
    public int Draw(bool whole, Func<int, int> below)
    {
        var set = whole ? _atLeast[_capacity] : _partly;
        if (set.Count == 0)
        {
            return -1;
        }
        var s = set.Nth(below(set.Count));
        set.Remove(s);
        _drawn.Add((s, whole));
        return s;
    }

    public void PutBackDrawn()
    {
        foreach (var (s, whole) in _drawn)
        {
            (whole ? _atLeast[_capacity] : _partly).Add(s);
        }
        _drawn.Clear();
    }

    public void Reserve(ChipGrant[] grants)
    {
        RefuseWhileHidden();
        foreach (var g in grants)
        {
            if (g.Chips > _free[g.Server])
            {
                throw new InvalidOperationException($"server {g.Server} has {_free[g.Server]} free chips, asked for {g.Chips}");
            }
            Set(g.Server, _free[g.Server] - g.Chips);
            TotalFree -= g.Chips;
        }
    }

    /// <summary>Takes a failed server's (free) chips out of service until <see cref="SetUp"/>.</summary>
    public void SetDown(int server)
    {
        RefuseWhileHidden();
        _rackVersion[_rack[server]]++;
        TotalFree -= _free[server];
        Set(server, 0);
    }

    /// <summary>A repaired server's chips are all free again (its jobs were released when it failed).</summary>
    public void SetUp(int server)
    {
        RefuseWhileHidden();
        _rackVersion[_rack[server]]++;
        TotalFree += _capacity - _free[server];
        Set(server, _capacity);
    }

    public void Release(ChipGrant[] grants)
    {
        RefuseWhileHidden();
        foreach (var g in grants)
        {
            Set(g.Server, _free[g.Server] + g.Chips);
            TotalFree += g.Chips;
        }
    }

    private void Set(int server, int free)
    {
        if (_free[server] != free)
        {
            Version++;
            _rackVersion[_rack[server]]++;
            Shift(server, free);
        }
    }

    /// <summary>Moves a server to <paramref name="free"/> free chips in every index, counting no change.</summary>
    private void Shift(int server, int free)
    {
        var old = _free[server];
        _level[old].Remove(server);
        Move(server, old, free);
    }

    private void RefuseWhileHidden()
    {
        if (_hiddenRacks.Count > 0)
        {
            throw new InvalidOperationException("the book changed while racks were hidden");
        }
    }

    /// <summary>Files a server that had <paramref name="old"/> free chips (already out of its level) under <paramref name="free"/>.</summary>
    private void Move(int server, int old, int free)
    {
        _free[server] = free;
        _level[free].Add(server);
        for (var k = old + 1; k <= free; k++)
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
                _partly.Add(server);
            }
            else
            {
                _partly.Remove(server);
            }
        }
        if ((old == _capacity) != (free == _capacity))
        {
            var r = _rack[server];
            if (_wholePerRack[r] > 0)
            {
                _racksByWhole.Remove((_wholePerRack[r], r));
            }
            _wholePerRack[r] += free == _capacity ? 1 : -1;
            if (_wholePerRack[r] > 0)
            {
                _racksByWhole.Add((_wholePerRack[r], r));
            }
        }
    }
}
