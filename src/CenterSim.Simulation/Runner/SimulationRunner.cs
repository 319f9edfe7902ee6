using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>Runs one replication of a scenario on the calling thread.</summary>
public static class SimulationRunner
{
    public static RunResult Run(ScenarioSpec spec, int replication)
    {
        RunResult result;
        using (var session = new RunSession(spec, replication))
        {
            LiveRuns.Add(session.Context);
            try
            {
                result = session.Complete();
            }
            finally
            {
                LiveRuns.Remove(session.Context);
            }
        }
        return spec.Market is { CounterfactualNoVouchers: true, HasVouchers: true } ? Market.Counterfactual.Add(spec, result) : result;
    }
}
