using System.Diagnostics;
using CenterSim.Model.Infrastructure;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs the generated centers of <see cref="ScaleModel"/> with every scheduling × placement combination, under each capping mode asked for.</summary>
public static class ScaleBenchmark
{
    /// <summary>
    /// Every combination, or only those whose scheduling and placement are in the given lists (null: all),
    /// each under every capping mode of <paramref name="cappings"/> (null: none).
    /// Each combination first runs a day of warm-up and one simulated day on the smallest center, untimed, so no row pays for
    /// compiling code that the rows after it reuse. Each row is run <paramref name="repeats"/> times and the fastest
    /// counts, as in the M/M/c bench its share is taken of; the runs must agree on every count.
    /// </summary>
    public static IEnumerable<ScaleMeasurement> Run(IEnumerable<int> racks, double days, IReadOnlyCollection<string>? schedulings = null, IReadOnlyCollection<string>? placements = null, int repeats = 1, IReadOnlyList<CappingMode>? cappings = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var sizes = racks.ToList();
        var combinations = (
            from scheduling in PolicyCatalog.Scheduling.Names.Where(n => schedulings is null || schedulings.Contains(n))
            from placement in PolicyCatalog.Placement.Names.Where(n => placements is null || placements.Contains(n))
            from capping in cappings ?? new[] { CappingMode.None }
            select (scheduling, placement, capping)).ToList();
        if (sizes.Count > 0)
        {
            var smallest = sizes.Min();
            foreach (var (scheduling, placement, capping) in combinations)
            {
                SimulationRunner.Run(ScaleModel.Spec(smallest, scheduling, placement, 1, capping: capping), 0);
            }
        }
        foreach (var r in sizes)
        {
            foreach (var (scheduling, placement, capping) in combinations)
            {
                var spec = ScaleModel.Spec(r, scheduling, placement, days, capping: capping);
                ScaleMeasurement? fastest = null;
                for (var k = 0; k < repeats; k++)
                {
                    var m = Measure(spec, scheduling, placement) with { Capping = capping };
                    if (fastest is not null && (m.Events, m.Messages, m.Utilization) != (fastest.Events, fastest.Messages, fastest.Utilization))
                    {
                        throw new InvalidOperationException($"{spec.Name}: two runs of the same scenario and seed differ");
                    }
                    fastest = fastest is null || m.WallSeconds < fastest.WallSeconds ? m : fastest;
                }
                yield return fastest!;
            }
        }
    }

    private static ScaleMeasurement Measure(Model.Scenario.ScenarioSpec spec, string scheduling, string placement)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var result = SimulationRunner.Run(spec, 0, out var messages);
        sw.Stop();
        return new ScaleMeasurement(spec.TotalChips, scheduling, placement, (long)result["events"], sw.Elapsed.TotalSeconds, result["utilization"])
        {
            Messages = messages,
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocated,
        };
    }
}
