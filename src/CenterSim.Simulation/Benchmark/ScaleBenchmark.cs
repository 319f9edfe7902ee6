using System.Diagnostics;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs the generated centers of <see cref="ScaleModel"/> with every scheduling × placement combination.</summary>
public static class ScaleBenchmark
{
    /// <summary>
    /// Every combination, or only those whose scheduling and placement are in the given lists (null: all).
    /// Each combination first runs a day of warm-up and one simulated day on the smallest center, untimed, so no row pays for
    /// compiling code that the rows after it reuse.
    /// </summary>
    public static IEnumerable<ScaleMeasurement> Run(IEnumerable<int> racks, double days, IReadOnlyCollection<string>? schedulings = null, IReadOnlyCollection<string>? placements = null)
    {
        var sizes = racks.ToList();
        var combinations = (
            from scheduling in PolicyCatalog.Scheduling.Names.Where(n => schedulings is null || schedulings.Contains(n))
            from placement in PolicyCatalog.Placement.Names.Where(n => placements is null || placements.Contains(n))
            select (scheduling, placement)).ToList();
        if (sizes.Count > 0)
        {
            var smallest = sizes.Min();
            foreach (var (scheduling, placement) in combinations)
            {
                SimulationRunner.Run(ScaleModel.Spec(smallest, scheduling, placement, 1), 0);
            }
        }
        foreach (var r in sizes)
        {
            foreach (var (scheduling, placement) in combinations)
            {
                var spec = ScaleModel.Spec(r, scheduling, placement, days);
                var sw = Stopwatch.StartNew();
                var result = SimulationRunner.Run(spec, 0, out var messages);
                sw.Stop();
                yield return new ScaleMeasurement(spec.TotalChips, scheduling, placement, (long)result["events"], sw.Elapsed.TotalSeconds, result["utilization"]) { Messages = messages };
            }
        }
    }
}
