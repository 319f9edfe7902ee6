namespace CenterSim.Policies.Placement;

/// <summary>
/// The scheduler's book of free chips per server, with each server's rack. Placement policies read it;
/// the scheduler reserves and releases. Server actors hold the chips themselves.
/// </summary>
public sealed class ClusterBook
{
    private readonly int[] _free;
    private readonly int[] _capacity;
    private readonly int[] _rack;

    public ClusterBook(int racks, int serversPerRack, int chipsPerServer)
    {
        var n = racks * serversPerRack;
        _free = new int[n];
        _capacity = new int[n];
        _rack = new int[n];
        for (var s = 0; s < n; s++)
        {
            _free[s] = chipsPerServer;
            _capacity[s] = chipsPerServer;
            _rack[s] = s / serversPerRack;
        }
        Racks = racks;
        TotalChips = n * chipsPerServer;
        TotalFree = TotalChips;
    }

    public int ServerCount => _free.Length;

    public int Racks { get; }

    public int TotalChips { get; }

    public int TotalFree { get; private set; }

    public int Free(int server) => _free[server];

    public int Capacity(int server) => _capacity[server];

    public int RackOf(int server) => _rack[server];

    public void Reserve(ChipGrant[] grants)
    {
        foreach (var g in grants)
        {
            if (g.Chips > _free[g.Server])
            {
                throw new InvalidOperationException($"server {g.Server} has {_free[g.Server]} free chips, asked for {g.Chips}");
            }
            _free[g.Server] -= g.Chips;
            TotalFree -= g.Chips;
        }
    }

    /// <summary>Takes a failed server's (free) chips out of service until <see cref="SetUp"/>.</summary>
    public void SetDown(int server)
    {
        TotalFree -= _free[server];
        _free[server] = 0;
    }

    /// <summary>A repaired server's chips are all free again (its jobs were released when it failed).</summary>
    public void SetUp(int server)
    {
        _free[server] = _capacity[server];
        TotalFree += _capacity[server];
    }

    public void Release(ChipGrant[] grants)
    {
        foreach (var g in grants)
        {
            _free[g.Server] += g.Chips;
            TotalFree += g.Chips;
        }
    }
}
