using System.Diagnostics;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// How replications scale with threads: the same replications of a generated <see cref="ScaleModel"/>
/// center (fifo, first-fit) run on one thread and then on <c>threads</c>, through the study runner's
/// pool, after a short warm-up, in two rounds (the faster of each counts); the results must be the same either way.
/// </summary>
public static class ParallelBenchmark
{
    public static ParallelMeasurement Run(int racks, double days, int replications, int threads)
    {
        var spec = ScaleModel.Spec(racks, "fifo", "first-fit", days) with { Replications = replications };
        // One short replication on each pool first, so neither timing pays for the JIT; then two rounds,
        // the pool first in one and one thread first in the other, keeping each one's faster round.
        Time(ScaleModel.Spec(racks, "fifo", "first-fit", 1), threads, threads, out _);
        var many = Time(spec, replications, threads, out var parallel);
        var one = Time(spec, replications, 1, out var serial);
        one = Faster(one, Time(spec, replications, 1, out _));
        many = Faster(many, Time(spec, replications, threads, out _));
        var same = serial.Zip(parallel).All(p => p.First.Metrics.SequenceEqual(p.Second.Metrics));
        return new ParallelMeasurement(spec.TotalChips, replications, threads, serial.Sum(r => (long)r["events"]), one.Seconds, many.Seconds, same)
        {
            OneThreadGcPauseSeconds = one.GcPause,
            ThreadsGcPauseSeconds = many.GcPause,
        };
    }

    private static (double Seconds, double GcPause) Faster((double Seconds, double GcPause) a, (double Seconds, double GcPause) b) =>
        b.Seconds < a.Seconds ? b : a;

    private static (double Seconds, double GcPause) Time(Model.Scenario.ScenarioSpec spec, int replications, int threads, out IReadOnlyList<Model.Results.RunResult> results)
    {
        var pause = GC.GetTotalPauseDuration();
        var sw = Stopwatch.StartNew();
        results = BatchRunner.Run(new[] { spec }, 0, replications, threads)[0];
        return (sw.Elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - pause).TotalSeconds);
    }
}
