using System.Globalization;
using System.Text;
using CenterSim.Model.Infrastructure;
using CenterSim.Reporting.Files;
using CenterSim.Simulation.Benchmark;

namespace CenterSim.Cli.Commands;

/// <summary>
/// <c>bench --scale</c>: runs every combination on the generated centers, prints each as it ends and writes
/// the table (events per second, and that as a share of the M/M/c actor bench of the same process).
/// </summary>
public static class ScaleTable
{
    public static void Write(string path, EngineMeasurement mmc, IReadOnlyList<int> racks, double days, IReadOnlyCollection<string>? schedulings, IReadOnlyCollection<string>? placements, int repeats, IReadOnlyList<CappingMode> cappings)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# bench --scale: {days:0.#} simulated days after one of warm-up, load {ScaleModel.Load}, one replication on one thread, the fastest of {repeats} run{(repeats == 1 ? "" : "s")} per row");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"M/M/c actor bench in the same process: {mmc.EventsPerSecond:N0} events/s ({mmc.Jobs:N0} jobs, the fastest of {repeats} runs).");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Messages per event: what the actors were delivered per calendar event (events included), {mmc.MessagesPerEvent:F1} in the M/M/c bench.");
        md.AppendLine();
        if (cappings.Any(c => c != CappingMode.None))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Capping: every rack capped at {ScaleModel.RackCapKw} kW (a full rack draws 44.8 kW), jobs throttled or their starts delayed to keep it.");
            md.AppendLine();
        }
        md.AppendLine("| chips | scheduling | placement | capping | events | wall s | events/s | share of M/M/c | messages per event | bytes allocated per event | utilization |");
        md.AppendLine("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in ScaleBenchmark.Run(racks, days, schedulings, placements, repeats, cappings))
        {
            var share = m.EventsPerSecond / mmc.EventsPerSecond;
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {m.Chips:N0} | {m.Scheduling} | {m.Placement} | {m.Capping.ToString().ToLowerInvariant()} | {m.Events:N0} | {m.WallSeconds:F2} | {m.EventsPerSecond:N0} | {share:F2} | {m.MessagesPerEvent:F1} | {m.AllocatedBytesPerEvent:F0} | {m.Utilization:F3} |");
            Console.WriteLine(row);
            md.AppendLine(row);
        }
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Memory: {MemoryProbe.BytesPerServerActor(5000):F0} bytes per server actor, {MemoryProbe.BytesPerWaitingJob(100_000):F0} bytes per waiting job.");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(md.ToString()));
        Console.WriteLine($"wrote {path}");
    }
}
