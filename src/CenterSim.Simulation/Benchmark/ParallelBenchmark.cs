using System.Diagnostics;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// How replications scale with threads: the same replications of a generated <see cref="ScaleModel"/>
/// center (fifo, first-fit) run on one thread and then on <c>threads</c>, through the study runner's
/// pool, after a short warm-up, in rounds that alternate which goes first (the fastest of each counts); the
/// results must be the same either way.
/// </summary>
public static class ParallelBenchmark
{
    public static ParallelMeasurement Run(int racks, double days, int replications, int threads, int rounds = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 2);
        var spec = ScaleModel.Spec(racks, "fifo", "first-fit", days) with { Replications = replications };
        // One short replication on the pool first, so neither timing pays for the JIT; then the rounds, the
        // pool first in one and one thread first in the next, keeping each one's fastest round.
        Time(ScaleModel.Spec(racks, "fifo", "first-fit", 1), threads, threads, out _);
        (double Seconds, double GcPause)? one = null, many = null;
        IReadOnlyList<Model.Results.RunResult>? first = null;
        var same = true;
        for (var r = 0; r < rounds; r++)
        {
            // Every run, on one thread or on the pool, must give the first run's results.
            foreach (var n in r % 2 == 0 ? new[] { threads, 1 } : new[] { 1, threads })
            {
                var time = Time(spec, replications, n, out var results);
                first ??= results;
                same &= first.Zip(results).All(p => p.First.Metrics.SequenceEqual(p.Second.Metrics));
                if (n == 1)
                {
                    one = Faster(one, time);
                }
                else
                {
                    many = Faster(many, time);
                }
            }
        }
        return new ParallelMeasurement(spec.TotalChips, replications, threads, first!.Sum(r => (long)r["events"]), one!.Value.Seconds, many!.Value.Seconds, same)
        {
            OneThreadGcPauseSeconds = one.Value.GcPause,
            ThreadsGcPauseSeconds = many.Value.GcPause,
        };
    }

    private static (double Seconds, double GcPause) Faster((double Seconds, double GcPause)? a, (double Seconds, double GcPause) b) =>
        a is { } kept && kept.Seconds <= b.Seconds ? kept : b;

    private static (double Seconds, double GcPause) Time(Model.Scenario.ScenarioSpec spec, int replications, int threads, out IReadOnlyList<Model.Results.RunResult> results)
    {
        var pause = GC.GetTotalPauseDuration();
        var sw = Stopwatch.StartNew();
        results = BatchRunner.Run(new[] { spec }, 0, replications, threads)[0];
        return (sw.Elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - pause).TotalSeconds);
    }
}
