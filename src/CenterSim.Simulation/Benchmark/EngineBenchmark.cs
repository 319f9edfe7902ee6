using System.Diagnostics;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs the M/M/c benchmark model on the actor engine and on the plain loop, in this process.</summary>
public static class EngineBenchmark
{
    public static EngineMeasurement Actors(long jobs, ulong seed)
    {
        var spec = BenchmarkModel.Spec(jobs, seed);
        return Measured(() =>
        {
            var sw = Stopwatch.StartNew();
            var result = SimulationRunner.Run(spec, 0, out var messages);
            sw.Stop();
            return new EngineMeasurement("actors", (long)result["events"], sw.Elapsed.TotalSeconds, result["mean_wait_hours"], jobs)
            {
                P95WaitHours = result["p95_wait_hours"],
                ItEnergyKwh = result["it_energy_kwh"],
                Utilization = result["utilization"],
                Messages = messages,
            };
        });
    }

    /// <summary>Times each engine <paramref name="repeats"/> times, alternating, and keeps the fastest run of each.</summary>
    public static (EngineMeasurement Plain, EngineMeasurement Actors) Best(long jobs, ulong seed, int repeats)
    {
        EngineMeasurement? plain = null, actors = null;
        for (var r = 0; r < repeats; r++)
        {
            var p = Plain(jobs, seed);
            plain = plain is null || p.WallSeconds < plain.WallSeconds ? p : plain;
            var a = Actors(jobs, seed);
            actors = actors is null || a.WallSeconds < actors.WallSeconds ? a : actors;
        }
        return (plain ?? throw new ArgumentOutOfRangeException(nameof(repeats), "at least one run"), actors!);
    }

    public static EngineMeasurement Plain(long jobs, ulong seed)
    {
        var spec = BenchmarkModel.Spec(jobs, seed);
        return Measured(() => PlainMmcEngine.Run(spec));
    }

    /// <summary>One engine's run with what it cost the process: processor time, bytes allocated on this thread (the run's), collections and their pauses.</summary>
    private static EngineMeasurement Measured(Func<EngineMeasurement> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (collections, pause) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var m = run();
        return m with
        {
            CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocated,
            Collections = GC.CollectionCount(0) - collections,
            GcPauseSeconds = (GC.GetTotalPauseDuration() - pause).TotalSeconds,
        };
    }
}
