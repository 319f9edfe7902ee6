namespace CenterSim.Policies.Placement;

/// <summary>
/// The scheduler's book of free chips per server of one pool (all its servers have the same chips), with
/// each server's rack. Placement policies read it; the scheduler reserves and releases. Its indexes
/// (<see cref="FreeChipIndex"/>) follow every change, so a placement finds its servers in O(log n).
/// Server actors hold the chips themselves.
/// </summary>
public sealed class ClusterBook
{
    private readonly int[] _free;
    private readonly int _capacity;
    private readonly FreeChipIndex _index;
    // The ranks (in index order, ascending) of the servers drawn from the wholly and the partly free ones since the last PutBackDrawn.
    private readonly List<int> _drawnWhole = new();
    private readonly List<int> _drawnPartly = new();
    private readonly long[] _rackVersion;
    private readonly int[] _hiddenFree;
    private readonly bool[] _rackHidden;
    private readonly List<int> _hiddenRacks = new();

    public ClusterBook(int racks, int serversPerRack, int chipsPerServer)
    {
        var n = racks * serversPerRack;
        _free = new int[n];
        Array.Fill(_free, chipsPerServer);
        _capacity = chipsPerServer;
        ServersPerRack = serversPerRack;
        _index = new FreeChipIndex(racks, serversPerRack, chipsPerServer);
        _rackVersion = new long[racks];
        ChangedRacks = new RackChanges(racks);
        _hiddenFree = new int[n];
        _rackHidden = new bool[racks];
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

    /// <summary>The racks whose <see cref="RackVersion"/> grew since they were last taken.</summary>
    public RackChanges ChangedRacks { get; }

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

    public int RackOf(int server) => _index.RackOf(server);

    /// <summary>The servers with exactly <paramref name="free"/> free chips, in index order.</summary>
    public IEnumerable<int> WithFree(int free) => _index.WithFree(free).InOrder();

    /// <summary>How many servers have exactly <paramref name="free"/> free chips.</summary>
    public int CountWithFree(int free) => _index.WithFree(free).Count;

    /// <summary>How many servers have at least <paramref name="chips"/> (1..chips per server) free.</summary>
    public int CountWithAtLeast(int chips) => _index.WithAtLeast(chips).Count;

    /// <summary>The server of rank <paramref name="k"/> in index order among those with at least <paramref name="chips"/> free; −1 if none.</summary>
    public int NthWithAtLeast(int chips, int k) => _index.WithAtLeast(chips).Nth(k);

    /// <summary>The lowest-numbered server with at least <paramref name="chips"/> free; −1 if none.</summary>
    public int FirstWithAtLeast(int chips) => _index.WithAtLeast(chips).Next(0);

    /// <summary>The lowest-numbered server from <paramref name="from"/> on with exactly <paramref name="free"/> free chips; −1 if none.</summary>
    public int NextWithFree(int free, int from) => _index.WithFree(free).Next(from);

    /// <summary>The lowest-numbered partly free server from <paramref name="from"/> on; −1 if none.</summary>
    public int NextPartlyFree(int from) => _index.Partly.Next(from);

    /// <summary>Partly free servers (some but not all chips free): their count and the one of rank k in index order.</summary>
    public int CountPartlyFree => _index.Partly.Count;

    public int NthPartlyFree(int k) => _index.Partly.Nth(k);

    /// <summary>Best fit: the server with the fewest free chips that still holds <paramref name="chips"/>, lowest index on ties; −1 if none.</summary>
    public int FullestWithAtLeast(int chips)
    {
        for (var k = Math.Max(chips, 1); k <= _capacity; k++)
        {
            var s = _index.WithFree(k).Next(0);
            if (s >= 0)
            {
                return s;
            }
        }
        return -1;
    }

    /// <summary>Wholly free servers of a rack, in index order.</summary>
    public IEnumerable<int> WholeInRack(int rack) => _index.WholeInRack(rack);

    public int WholeIn(int rack) => _index.WholeIn(rack);

    /// <summary>Racks with at least one wholly free server, by that number then by index.</summary>
    public IEnumerable<(int Whole, int Rack)> RacksByWhole => _index.RacksByWhole;

    /// <summary>The most wholly free servers any rack has (0 when none has one).</summary>
    public int MostWholeInARack => _index.MostWholeInARack;

    /// <summary>The racks with exactly <paramref name="whole"/> wholly free servers, in index order.</summary>
    public IEnumerable<int> RacksWithWhole(int whole) => _index.RacksWithWhole(whole);

    /// <summary>Free chips on servers with fewer than <paramref name="threshold"/> free (but some).</summary>
    public int FreeChipsBelow(int threshold)
    {
        var chips = 0;
        for (var k = 1; k < Math.Min(threshold, _capacity + 1); k++)
        {
            chips += k * _index.WithFree(k).Count;
        }
        return chips;
    }

    /// <summary>
    /// Draws a wholly free (or a partly free) server uniformly at random among those not drawn yet, with
    /// <paramref name="below"/>(n) giving a number in [0, n); −1 when none is left. The draw picks a rank
    /// among the servers not drawn yet, in index order, and maps it past the ranks drawn before, so the
    /// indexes are not touched. <see cref="PutBackDrawn"/> forgets the draws; the book must not change in between.
    /// </summary>
    public int Draw(bool whole, Func<int, int> below)
    {
        var set = whole ? _index.WithAtLeast(_capacity) : _index.Partly;
        var drawn = whole ? _drawnWhole : _drawnPartly;
        var left = set.Count - drawn.Count;
        if (left == 0)
        {
            return -1;
        }
        var rank = below(left);
        var at = 0;
        for (; at < drawn.Count && drawn[at] <= rank; at++)
        {
            rank++;
        }
        drawn.Insert(at, rank);
        return set.Nth(rank);
    }

    public void PutBackDrawn()
    {
        _drawnWhole.Clear();
        _drawnPartly.Clear();
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
        Bump(RackOf(server));
        TotalFree -= _free[server];
        Set(server, 0);
    }

    /// <summary>A repaired server's chips are all free again (its jobs were released when it failed).</summary>
    public void SetUp(int server)
    {
        RefuseWhileHidden();
        Bump(RackOf(server));
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
            Bump(RackOf(server));
            Shift(server, free);
        }
    }

    private void Bump(int rack)
    {
        _rackVersion[rack]++;
        ChangedRacks.Mark(rack);
    }

    /// <summary>Moves a server to <paramref name="free"/> free chips in every index, counting no change.</summary>
    private void Shift(int server, int free)
    {
        _index.Move(server, _free[server], free);
        _free[server] = free;
    }

    private void RefuseWhileHidden()
    {
        if (_hiddenRacks.Count > 0)
        {
            throw new InvalidOperationException("the book changed while racks were hidden");
        }
    }
}
