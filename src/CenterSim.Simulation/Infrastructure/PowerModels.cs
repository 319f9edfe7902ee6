using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>A server type's power model: the scenario's measured table when it gives one (it applies to every pool), else linear idle to peak.</summary>
public static class PowerModels
{
    public static ServerPowerModel For(ScenarioSpec spec, ServerTypeSpec type) =>
        spec.Infrastructure.Power?.Table is { } table
            ? ServerPowerModel.FromTable(table)
            : ServerPowerModel.Linear(type.IdleWatts, type.PeakWatts);
}
