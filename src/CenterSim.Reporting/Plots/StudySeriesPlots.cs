using CenterSim.Model.Results;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Report;
using ScottPlot;
using static CenterSim.Reporting.Plots.PlotStyle;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// Hour-by-hour charts of a study: utilization (a 0-1 share, as in every table), IT power, queue length
/// and prices, one line per arm, each with its own colour and dash pattern; for a network each center's
/// utilization, one chart per arm. The warm-up, which the statistics leave out, is shaded; runs longer
/// than <see cref="MaxHourlyPoints"/> hours are drawn as daily means.
/// </summary>
public static class StudySeriesPlots
{
    private static readonly string[] SeriesColumns = ["utilization", "it_power_kw", "queue_length"];

    public static void Render(ComparisonTable table, ReportText text, List<PlotFile> files)
    {
        var columns = table.Reference.Result.Runs[0].Series.Columns;
        var wanted = SeriesColumns.Where(columns.Contains)
            .Concat(columns.Where(c => c.Contains("price", StringComparison.Ordinal)))
            .Distinct().ToList();
        foreach (var column in wanted)
        {
            using var plot = NewPlot(text, SeriesLabel(text, column), text["hour"], SeriesLabel(text, column));
            var any = false;
            for (var i = 0; i < table.Arms.Count; i++)
            {
                var (hours, means) = HourlyMean(table.Arms[i].Result.Runs, column);
                if (hours.Length == 0)
                {
                    continue;
                }
                var line = plot.Add.ScatterLine(hours, means, Palette(i));
                // Earlier arms are drawn wider, so an arm that coincides with a later one still shows as a coloured edge.
                line.LineWidth = LineWidth(i, table.Arms.Count);
                line.LinePattern = Pattern(i);
                line.LegendText = table.Arms[i].Name;
                any = true;
            }
            if (!any)
            {
                continue;
            }
            if (column == "utilization")
            {
                plot.Axes.SetLimitsY(0, 1.02);
            }
            ShadeWarmup(plot, table, text);
            LegendOutside(plot);
            files.Add(Finish(plot, $"timeseries-{column}", SeriesLabel(text, column)));
        }
        CenterSeries(table, text, files);
    }

    /// <summary>A network run: each center's utilization hour by hour, one chart per arm.</summary>
    private static void CenterSeries(ComparisonTable table, ReportText text, List<PlotFile> files)
    {
        var centers = table.Reference.Result.Runs[0].Series.Columns.Where(c => MetricScope.IsScoped(c) && c.EndsWith(".utilization", StringComparison.Ordinal)).ToList();
        foreach (var arm in centers.Count == 0 ? [] : table.Arms)
        {
            var title = $"{text["center_utilization"]}: {arm.Name}";
            using var plot = NewPlot(text, title, text["hour"], text["ts.utilization"]);
            for (var c = 0; c < centers.Count; c++)
            {
                var (hours, means) = HourlyMean(arm.Result.Runs, centers[c]);
                var line = plot.Add.ScatterLine(hours, means, Palette(c));
                line.LineWidth = LineWidth(c, centers.Count);
                line.LinePattern = Pattern(c);
                line.LegendText = MetricScope.Scope(centers[c]);
            }
            plot.Axes.SetLimitsY(0, 1.02);
            ShadeWarmup(plot, table, text);
            LegendOutside(plot);
            files.Add(Finish(plot, $"timeseries-centers-{arm.Name}", title));
        }
    }

    /// <summary>Grey band over the warm-up hours (a time-based warm-up; a warm-up counted in jobs has no fixed end hour).</summary>
    private static void ShadeWarmup(Plot plot, ComparisonTable table, ReportText text)
    {
        var warmupHours = table.Reference.Result.Arm.Spec.Stop.WarmupSeconds / 3600;
        if (warmupHours <= 0)
        {
            return;
        }
        var span = plot.Add.HorizontalSpan(0, warmupHours, Colors.Gray.WithAlpha(0.18));
        span.LegendText = text["warmup"];
        plot.MoveToBack(span);
    }

    /// <summary>From 2 + 1.5 per later series down to 2 px for the last one.</summary>
    public static float LineWidth(int index, int count) => 2 + 1.5f * (count - 1 - index);

    public static string SeriesLabel(ReportText text, string column) => column switch
    {
        "utilization" => text["ts.utilization"],
        "it_power_kw" => text["ts.it_power_kw"],
        "queue_length" => text["ts.queue_length"],
        _ => text["ts.price"] + " (" + column + ")",
    };

    /// <summary>Hour-by-hour mean over replications of one column, on the hours every replication has.</summary>
    public static (double[] Hours, double[] Means) HourlyMean(IReadOnlyList<RunResult> runs, string column)
    {
        var maps = runs.Select(run =>
        {
            var index = run.Series.IndexOf(column);
            var map = new Dictionary<double, double>();
            if (index >= 0)
            {
                foreach (var row in run.Series.Rows)
                {
                    if (row.Length > index)
                    {
                        map.TryAdd(row[0], row[index]);
                    }
                }
            }
            return map;
        }).ToList();
        var hours = maps[0].Keys.Where(h => maps.All(m => m.ContainsKey(h))).Order().ToArray();
        return Daily(hours, hours.Select(h => maps.Average(m => m[h])).ToArray());
    }

    /// <summary>Above this many hours a chart shows daily means: a year of hourly noise reads as a solid band.</summary>
    public const int MaxHourlyPoints = 2000;

    /// <summary>The series as it is, or for long runs the mean of each simulated day, placed at the day's middle hour.</summary>
    public static (double[] Hours, double[] Means) Daily(double[] hours, double[] means)
    {
        if (hours.Length <= MaxHourlyPoints)
        {
            return (hours, means);
        }
        var days = hours.Select((h, i) => (Day: Math.Floor(h / 24), Value: means[i])).GroupBy(p => p.Day).OrderBy(g => g.Key).ToArray();
        return (days.Select(g => g.Key * 24 + 12).ToArray(), days.Select(g => g.Average(p => p.Value)).ToArray());
    }
}
