using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>The server power model of a scenario: its measured table when it gives one, else linear idle to peak.</summary>
public static class PowerModels
{
    public static ServerPowerModel For(ScenarioSpec spec) =>
        spec.Infrastructure.Power?.Table is { } table
            ? ServerPowerModel.FromTable(table)
            : ServerPowerModel.Linear(spec.ServerType.IdleWatts, spec.ServerType.PeakWatts);
}
