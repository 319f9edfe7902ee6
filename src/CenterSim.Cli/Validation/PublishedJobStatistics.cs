using System.Globalization;

namespace CenterSim.Cli.Validation;

/// <summary>
/// A cluster's published GPU-job statistics from the Acme trace release (Hu et al., NSDI'24,
/// `cluster_summary.csv`): average and median queueing delay and run time of GPU jobs, in seconds.
/// </summary>
public sealed record PublishedJobStatistics(string Cluster, double AvgQueueSeconds, double MedianQueueSeconds, double AvgRunSeconds, double MedianRunSeconds)
{
    public static PublishedJobStatistics? Read(string csvPath, string cluster)
    {
        if (!File.Exists(csvPath))
        {
            return null;
        }
        var lines = File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells[Col("id")] != cluster)
            {
                continue;
            }
            double Num(string name) => double.Parse(cells[Col(name)], CultureInfo.InvariantCulture);
            return new PublishedJobStatistics(cluster, Num("avg_que_time_gpu"), Num("med_que_time_gpu"), Num("avg_run_time_gpu"), Num("med_run_time_gpu"));
        }
        return null;
    }
}
