using System.Diagnostics;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs the generated centers of <see cref="ScaleModel"/> with every scheduling × placement combination.</summary>
public static class ScaleBenchmark
{
    public static IEnumerable<ScaleMeasurement> Run(IEnumerable<int> racks, double days)
    {
        foreach (var r in racks)
        {
            foreach (var scheduling in PolicyCatalog.Scheduling.Names)
            {
                foreach (var placement in PolicyCatalog.Placement.Names)
                {
                    var spec = ScaleModel.Spec(r, scheduling, placement, days);
                    var sw = Stopwatch.StartNew();
                    var result = SimulationRunner.Run(spec, 0);
                    sw.Stop();
                    yield return new ScaleMeasurement(spec.TotalChips, scheduling, placement, (long)result["events"], sw.Elapsed.TotalSeconds, result["utilization"]);
                }
            }
        }
    }
}
