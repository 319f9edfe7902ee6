using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// Runs a scenario's replications side by side, each on a thread of its own. Results come back in
/// replication order, so they do not depend on how many threads ran them.
/// </summary>
public static class StudyRunner
{
    public static IReadOnlyList<RunResult> Run(ScenarioSpec spec, int threads, Action<int>? onRunDone = null)
    {
        var results = new RunResult[spec.Replications];
        var errors = new Exception?[spec.Replications];
        var next = -1;
        var done = 0;
        var workers = Math.Clamp(threads, 1, spec.Replications);
        var pool = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            pool[w] = new Thread(() =>
            {
                int r;
                while ((r = Interlocked.Increment(ref next)) < spec.Replications)
                {
                    try
                    {
                        results[r] = SimulationRunner.Run(spec, r);
                    }
                    catch (Exception e)
                    {
                        errors[r] = e;
                    }
                    onRunDone?.Invoke(Interlocked.Increment(ref done));
                }
            }, 16 * 1024 * 1024) { IsBackground = true, Name = $"centersim-worker-{w}" };
            pool[w].Start();
        }
        foreach (var t in pool)
        {
            t.Join();
        }
        var failed = errors.Where(e => e is not null).ToList();
        if (failed.Count > 0)
        {
            throw new AggregateException(failed!);
        }
        return results;
    }
}
