using System.Diagnostics;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs the generated centers of <see cref="ScaleModel"/> with every scheduling × placement combination.</summary>
public static class ScaleBenchmark
{
    /// <summary>Every combination, or only those whose scheduling and placement are in the given lists (null: all).</summary>
    public static IEnumerable<ScaleMeasurement> Run(IEnumerable<int> racks, double days, IReadOnlyCollection<string>? schedulings = null, IReadOnlyCollection<string>? placements = null)
    {
        foreach (var r in racks)
        {
            foreach (var scheduling in PolicyCatalog.Scheduling.Names.Where(n => schedulings is null || schedulings.Contains(n)))
            {
                foreach (var placement in PolicyCatalog.Placement.Names.Where(n => placements is null || placements.Contains(n)))
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
}
