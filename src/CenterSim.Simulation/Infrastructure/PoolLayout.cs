using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>
/// Where a pool sits in its center: its servers are the center's servers [FirstServer, FirstServer +
/// Servers), its racks [FirstRack, FirstRack + Racks). A pool's own books number its servers from 0.
/// </summary>
public sealed record PoolLayout(int Index, PoolSpec Spec, ServerTypeSpec Type, int FirstServer, int FirstRack, ServerPowerModel Power)
{
    public string Name => Spec.Name;

    public int Racks => Spec.Racks.Count;

    public int ServersPerRack => Spec.Racks.ServersPerRack;

    public int Servers => Racks * ServersPerRack;

    public int ChipsPerServer => Type.ChipsPerServer;

    public int Chips => Servers * ChipsPerServer;
}
