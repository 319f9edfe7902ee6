using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// Runs replications <c>first .. first+count-1</c> of several scenarios (a study's arms) on a pool of
/// threads. Every (scenario, replication) is independent and depends only on its spec, seed and
/// replication number, so the results, returned per scenario in replication order, do not depend on
/// the number of threads or on which replications ran before.
/// </summary>
public static class BatchRunner
{
    public static IReadOnlyList<RunResult>[] Run(IReadOnlyList<ScenarioSpec> specs, int first, int count, int threads, Action? onRunDone = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var total = specs.Count * count;
        var results = specs.Select(_ => new RunResult[count]).ToArray();
        var errors = new Exception?[total];
        if (total == 0)
        {
            return results;
        }
        var next = -1;
        var workers = Math.Clamp(threads, 1, total);
        var pool = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            pool[w] = new Thread(() =>
            {
                int job;
                while ((job = Interlocked.Increment(ref next)) < total)
                {
                    // Replication-major order: the arms of one replication finish close together.
                    var arm = job % specs.Count;
                    var r = job / specs.Count;
                    try
                    {
                        var result = SimulationRunner.Run(specs[arm], first + r);
                        // A sampled jobs.csv needs only the sample: the other records are dropped as each run ends.
                        results[arm][r] = specs[arm].Output.JobsCsvSample is { } n ? result with { Jobs = JobSample.Of(result.Jobs, n) } : result;
                    }
                    catch (Exception e)
                    {
                        errors[job] = e;
                    }
                    onRunDone?.Invoke();
                }
            }, 16 * 1024 * 1024)
            { IsBackground = true, Name = $"centersim-study-{w}" };
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
