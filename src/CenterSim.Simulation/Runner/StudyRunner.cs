using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// Runs a scenario's replications side by side, each on a thread of its own. Results come back in
/// replication order, so they do not depend on how many threads ran them.
/// </summary>
public static class StudyRunner
{
    /// <param name="onRunDone">told the number of runs finished so far, after each run</param>
    public static IReadOnlyList<RunResult> Run(ScenarioSpec spec, int threads, Action<int>? onRunDone = null)
    {
        var done = 0;
        return BatchRunner.Run(new[] { spec }, 0, spec.Replications, threads,
            onRunDone is null ? null : () => onRunDone(Interlocked.Increment(ref done)))[0];
    }
}
