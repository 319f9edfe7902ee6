using System.Globalization;
using System.Text;
using CenterSim.Model.Scenario;
using CenterSim.Reporting.Files;
using CenterSim.Scenarios.Benchmark;
using CenterSim.Simulation.Benchmark;

namespace CenterSim.Cli.Commands;

/// <summary>
/// <c>bench --network</c>: runs the generated six-hub network once, prints its row and writes the table (events per
/// second, that as a share of the M/M/c actor bench of the same process, and what the run simulated).
/// </summary>
public static class NetworkScaleTable
{
    public static void Write(string path, EngineMeasurement mmc, ScenarioSpec network, double days)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"# bench --network: {days:0.#} simulated days after one of warm-up, offered load {NetworkScaleModel.Load:0.##} (east {NetworkScaleModel.EastLoad}, west {NetworkScaleModel.WestLoad}), broker {network.Policies.Broker.Name}, one replication on one thread");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"M/M/c actor bench in the same process: {mmc.EventsPerSecond:N0} events/s ({mmc.Jobs:N0} jobs).");
        md.AppendLine();
        md.AppendLine("| hubs | chips | links | jobs | events | wall s | cpu s | events/s | share of M/M/c | utilization | jobs moved | mean wait h |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var m = NetworkScaleBenchmark.Run(network);
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {m.Hubs} | {m.Chips:N0} | {network.Network!.Links.Count} | {m.JobsSubmitted:N0} | {m.Events:N0} | {m.WallSeconds:F2} | {m.CpuSeconds:F2} | {m.EventsPerSecond:N0} | {m.EventsPerSecond / mmc.EventsPerSecond:F2} | {m.Utilization:F3} | {m.JobsMovedShare:F3} | {m.MeanWaitHours:F3} |");
        Console.WriteLine(row);
        md.AppendLine(row);
        md.AppendLine();
        md.AppendLine("Jobs: measured arrivals after the warm-up; jobs moved: their share the broker sent out of their home region, "
            + "moving their input data over the wide-area links; utilization and mean wait over the whole network.");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(md.ToString()));
        Console.WriteLine($"wrote {path}");
    }
}
