using System.Diagnostics;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>Runs one replication of a network scenario on this thread and measures it (<c>bench --network</c>).</summary>
public static class NetworkScaleBenchmark
{
    public static NetworkScaleMeasurement Run(ScenarioSpec spec)
    {
        var network = spec.Network ?? throw new ArgumentException($"'{spec.Name}' has one center, not a network", nameof(spec));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = SimulationRunner.Run(spec, 0);
        sw.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new NetworkScaleMeasurement(network.Centers.Count, Chips(spec), (long)result["events"], sw.Elapsed.TotalSeconds, cpuSeconds)
        {
            Utilization = result["utilization"],
            JobsMovedShare = result["jobs_moved_share"],
            MeanWaitHours = result["mean_wait_hours"],
            JobsSubmitted = (long)result["jobs_submitted"],
            JobsCompleted = (long)result["jobs_completed"],
            JobsUnfinished = (long)result["jobs_unfinished"],
        };
    }

    /// <summary>Chips of every pool of every center of the network.</summary>
    public static int Chips(ScenarioSpec spec) =>
        spec.Network!.Centers.Sum(c => c.Pools.Sum(p => p.Racks.Count * p.Racks.ServersPerRack * spec.Hardware[p.Racks.ServerType].ChipsPerServer));
}
