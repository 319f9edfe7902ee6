using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>Runs one replication of a scenario on the calling thread.</summary>
public static class SimulationRunner
{
    public static RunResult Run(ScenarioSpec spec, int replication)
    {
        using var session = new RunSession(spec, replication);
        return session.Complete();
    }
}
