using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>
/// A center's pools laid out one after another: servers and racks are numbered across the center in
/// pool order, and each server knows its pool and power model.
/// </summary>
public sealed class CenterLayout
{
    private readonly int[] _poolOfServer;
    private readonly ServerPowerModel[] _powerOfServer;

    private CenterLayout(ScenarioSpec spec)
    {
        var pools = new List<PoolLayout>();
        int server = 0, rack = 0;
        foreach (var p in spec.Center.Pools)
        {
            var type = spec.Hardware[p.Racks.ServerType];
            var layout = new PoolLayout(pools.Count, p, type, server, rack, PowerModels.For(spec, type));
            pools.Add(layout);
            server += layout.Servers;
            rack += layout.Racks;
        }
        Pools = pools;
        ServerCount = server;
        RackCount = rack;
        _poolOfServer = new int[server];
        _powerOfServer = new ServerPowerModel[server];
        foreach (var p in pools)
        {
            for (var s = p.FirstServer; s < p.FirstServer + p.Servers; s++)
            {
                _poolOfServer[s] = p.Index;
                _powerOfServer[s] = p.Power;
            }
        }
        TotalChips = pools.Sum(p => p.Chips);
        PeakItW = pools.Sum(p => p.Servers * p.Power.PeakW);
        IdleItW = pools.Sum(p => p.Servers * p.Power.IdleW);
    }

    public static CenterLayout For(ScenarioSpec spec) => new(spec);

    public IReadOnlyList<PoolLayout> Pools { get; }

    public int ServerCount { get; }

    public int RackCount { get; }

    public int TotalChips { get; }

    public double PeakItW { get; }

    public double IdleItW { get; }

    /// <summary>Every server's power model, by the server's index in the center.</summary>
    public IReadOnlyList<ServerPowerModel> ServerPower => _powerOfServer;

    public PoolLayout PoolOfServer(int server) => Pools[_poolOfServer[server]];

    public PoolLayout PoolOfRack(int rack)
    {
        foreach (var p in Pools)
        {
            if (rack < p.FirstRack + p.Racks)
            {
                return p;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(rack));
    }
}
