using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>Runs one replication of a scenario on the calling thread.</summary>
public static class SimulationRunner
{
    public static RunResult Run(ScenarioSpec spec, int replication) => Run(spec, replication, out _);

    /// <summary>The same, also giving how many messages the run's actors were delivered (for the benchmarks).</summary>
    public static RunResult Run(ScenarioSpec spec, int replication, out long messages)
    {
        RunResult result;
        using (var session = new RunSession(spec, replication))
        {
            LiveRuns.Add(session.Context);
            try
            {
                result = session.Complete();
                messages = session.MessagesDelivered;
            }
            finally
            {
                LiveRuns.Remove(session.Context);
            }
        }
        return spec.Market is { CounterfactualNoVouchers: true, HasVouchers: true } ? Market.Counterfactual.Add(spec, result) : result;
    }
}
