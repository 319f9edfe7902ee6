using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// What the checks between sections need of one pool: the center it is in (index and name), its racks and
/// its server type, so job sizes, reservations and power caps are checked against the pools.
/// </summary>
public sealed record PoolCapacity(int CenterIndex, string Center, string Pool, RackSpec Racks, ServerTypeSpec Server)
{
    public int Chips => Racks.Count * Racks.ServersPerRack * Server.ChipsPerServer;

    /// <summary>Idle watts of one full rack of the pool.</summary>
    public double RackIdleW => Racks.ServersPerRack * Server.IdleWatts;

    /// <summary>Idle watts of the whole pool.</summary>
    public double IdleW => RackIdleW * Racks.Count;

    /// <summary>
    /// The pools of every center, in file order; null when a center's pools or any of their server types
    /// are unknown (a mistake was reported).
    /// </summary>
    public static IReadOnlyList<PoolCapacity>? Of(IReadOnlyList<(string Center, IReadOnlyList<PoolSpec> Pools)>? centers, IReadOnlyDictionary<string, ServerTypeSpec>? hardware)
    {
        if (centers is null || hardware is null || centers.Any(c => c.Pools.Any(p => !hardware.ContainsKey(p.Racks.ServerType))))
        {
            return null;
        }
        return centers
            .SelectMany((c, i) => c.Pools.Select(p => new PoolCapacity(i, c.Center, p.Name, p.Racks, hardware[p.Racks.ServerType])))
            .ToList();
    }
}
