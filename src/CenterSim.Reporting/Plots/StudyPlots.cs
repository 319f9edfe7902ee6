using System.Globalization;
using CenterSim.Model.Experiments;
using CenterSim.Model.Results;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Report;
using CenterSim.Reporting.Typefaces;
using ScottPlot;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// The charts of a study, styled for a projector (1200×700, large type, thick lines): time series per
/// arm, one chart per metric that varies (bars with 95% error bars, or for a sweep of one or two keys the
/// sweep chart: a line with error bars for one key, a heatmap for two), utilization against energy cost, chip-hours by tenant category and voucher flows.
/// Charts whose data is absent are skipped. Everything is read from the results by name.
/// </summary>
public static class StudyPlots
{
    public const int Width = 1200;
    public const int Height = 700;
    private const float TitleSize = 30;
    private const float LabelSize = 24;
    private const float TickSize = 20;

    public const string CategoryPrefix = MetricScope.CategoryPrefix;
    public const string VoucherPrefix = "voucher_";
    public const string WanPrefix = MetricScope.WanPrefix;

    private static readonly string[] SeriesColumns = ["utilization", "it_power_kw", "queue_length"];

    public static IReadOnlyList<PlotFile> Render(ComparisonTable table, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(text);
        if (text.PlotFont is not null)
        {
            EmbeddedFontResolver.Register();
        }
        var files = new List<PlotFile>();
        TimeSeriesPlots(table, text, files);
        CenterSeriesPlots(table, text, files);
        // A network run's per-center and per-link metrics are drawn side by side below, not one chart each.
        var varying = table.Metrics.Where(m => Varies(table, m) && !MetricScope.IsScoped(m)).ToList();
        // A sweep of one or two keys gets a sweep chart per metric instead of bars (the same numbers, laid out by the swept values).
        // A key swept over a single value (e.g. the broker whose parameter is swept) is a setting, not an axis.
        var axes = table.Study.Kind != StudyKind.Sweep ? new List<int>()
            : Enumerable.Range(0, table.Study.SweepKeys.Count).Where(k => table.Arms.Select(a => a.Result.Arm.Settings[k].Value).Distinct().Count() > 1).ToList();
        var line = axes.Count == 1;
        var heatmap = axes.Count == 2 && table.Study.SweepKeys.Count == 2;
        foreach (var metric in varying)
        {
            files.Add(line ? SweepLine(table, metric, text, axes[0]) : heatmap ? SweepHeatmap(table, metric, text) : Bars(table, metric, text));
        }
        if (table.Metrics.Contains("utilization") && table.Metrics.Contains("energy_cost_yuan"))
        {
            files.Add(UtilizationAgainstCost(table, text));
        }
        var categories = table.Metrics.Where(m => m.StartsWith(CategoryPrefix, StringComparison.Ordinal)).ToList();
        if (categories.Count > 0)
        {
            files.Add(Stacked(table, categories, "chip-hours-by-category", text["category_hours"], text["chip_hours"], CategoryPrefix, text));
        }
        var vouchers = table.Metrics.Where(m => m.StartsWith(VoucherPrefix, StringComparison.Ordinal)).ToList();
        if (vouchers.Count > 0)
        {
            files.Add(Grouped(table, vouchers, "voucher-flows", text["vouchers"], text["yuan"], text));
        }
        NetworkPlots(table, text, files);
        return files;
    }

    /// <summary>Per-center utilization and carbon, and the data each wide-area link carried, grouped by arm.</summary>
    private static void NetworkPlots(ComparisonTable table, ReportText text, List<PlotFile> files)
    {
        var utilization = table.Metrics.Where(m => MetricScope.IsScoped(m) && !m.StartsWith(WanPrefix, StringComparison.Ordinal) && m.EndsWith(".utilization", StringComparison.Ordinal)).ToList();
        if (utilization.Count > 0)
        {
            files.Add(Grouped(table, utilization, "center-utilization", text["center_utilization"], text["share"], text, byScope: true));
            var carbon = table.Metrics.Where(m => MetricScope.IsScoped(m) && !m.StartsWith(WanPrefix, StringComparison.Ordinal) && m.EndsWith(".carbon_kg", StringComparison.Ordinal)).ToList();
            files.Add(Grouped(table, carbon, "center-carbon", text["center_carbon"], "kg CO2", text, byScope: true));
        }
        // Only the links that carry a real share of the traffic in some arm: a network has two directions per link.
        var carried = table.Metrics.Where(m => m.StartsWith(WanPrefix, StringComparison.Ordinal) && m.EndsWith(".data_tb", StringComparison.Ordinal))
            .ToDictionary(m => m, m => table.Arms.Max(a => Finite(a.Row(m)?.Mean ?? 0)));
        var busiest = carried.Count == 0 ? 0 : carried.Values.Max();
        var links = carried.Where(p => busiest > 0 && p.Value >= 0.05 * busiest).Select(p => p.Key).ToList();
        if (links.Count > 0)
        {
            files.Add(Grouped(table, links, "wan-data", text["link_data"], "TB", text, byScope: true));
        }
    }

    /// <summary>A metric worth a chart: some run of some arm differs from the others.</summary>
    public static bool Varies(ComparisonTable table, string metric)
    {
        var values = table.Arms.SelectMany(a => a.Row(metric)?.Runs ?? []).Where(double.IsFinite).ToList();
        return values.Count > 0 && values.Any(v => v != values[0]);
    }

    private static void TimeSeriesPlots(ComparisonTable table, ReportText text, List<PlotFile> files)
    {
        var columns = table.Reference.Result.Runs[0].Series.Columns;
        var wanted = SeriesColumns.Where(columns.Contains)
            .Concat(columns.Where(c => c.Contains("price", StringComparison.Ordinal)))
            .Distinct().ToList();
        foreach (var column in wanted)
        {
            using var plot = NewPlot(text, Title(text, column), text["hour"], SeriesLabel(text, column));
            var any = false;
            for (var i = 0; i < table.Arms.Count; i++)
            {
                var (hours, means) = HourlyMean(table.Arms[i].Result.Runs, column);
                if (hours.Length == 0)
                {
                    continue;
                }
                var scale = column == "utilization" ? 100 : 1;
                var line = plot.Add.ScatterLine(hours, means.Select(v => v * scale).ToArray(), Palette(i));
                line.LineWidth = 3;
                line.LegendText = table.Arms[i].Name;
                any = true;
            }
            if (!any)
            {
                continue;
            }
            plot.Legend.FontSize = TickSize;
            plot.ShowLegend(Alignment.UpperRight);
            files.Add(Finish(plot, $"timeseries-{column}", Title(text, column)));
        }
    }

    /// <summary>A network run: each center's utilization hour by hour, one chart per arm.</summary>
    private static void CenterSeriesPlots(ComparisonTable table, ReportText text, List<PlotFile> files)
    {
        var centers = table.Reference.Result.Runs[0].Series.Columns.Where(c => MetricScope.IsScoped(c) && c.EndsWith(".utilization", StringComparison.Ordinal)).ToList();
        if (centers.Count == 0)
        {
            return;
        }
        foreach (var arm in table.Arms)
        {
            var title = $"{text["center_utilization"]}: {arm.Name}";
            using var plot = NewPlot(text, title, text["hour"], text["ts.utilization"]);
            for (var c = 0; c < centers.Count; c++)
            {
                var (hours, means) = HourlyMean(arm.Result.Runs, centers[c]);
                var line = plot.Add.ScatterLine(hours, means.Select(v => v * 100).ToArray(), Palette(c));
                line.LineWidth = 3;
                line.LegendText = MetricScope.Scope(centers[c]);
            }
            plot.Axes.SetLimitsY(0, 135);
            plot.Legend.FontSize = TickSize;
            plot.ShowLegend(Alignment.UpperRight);
            files.Add(Finish(plot, $"timeseries-centers-{arm.Name}", title));
        }
    }

    private static string SeriesLabel(ReportText text, string column) => column switch
    {
        "utilization" => text["ts.utilization"],
        "it_power_kw" => text["ts.it_power_kw"],
        "queue_length" => text["ts.queue_length"],
        _ => text["ts.price"] + " (" + column + ")",
    };

    private static string Title(ReportText text, string column) => SeriesLabel(text, column);

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
        return (hours, hours.Select(h => maps.Average(m => m[h])).ToArray());
    }

    private static PlotFile Bars(ComparisonTable table, string metric, ReportText text)
    {
        var label = MetricGlossary.Label(metric, text.Language);
        using var plot = NewPlot(text, label, label + " — " + text["mean_ci"], null);
        var bars = new List<Bar>();
        var n = table.Arms.Count;
        for (var i = 0; i < n; i++)
        {
            var row = table.Arms[i].Row(metric);
            if (row is null)
            {
                continue;
            }
            bars.Add(new Bar
            {
                Position = n - 1 - i,
                Value = Finite(row.Mean),
                Error = row.Upper is { } up ? up - row.Mean : 0,
                FillColor = Palette(i),
                Orientation = Orientation.Horizontal,
            });
        }
        plot.Add.Bars(bars);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
        return Finish(plot, $"bars-{metric}", label);
    }

    private static PlotFile SweepLine(ComparisonTable table, string metric, ReportText text, int axis)
    {
        var key = table.Study.SweepKeys[axis];
        var label = MetricGlossary.Label(metric, text.Language);
        using var plot = NewPlot(text, $"{text["sweep_of"]}: {label}", key, label);
        var values = table.Arms.Select(a => a.Result.Arm.Settings[axis].Value).ToArray();
        var numeric = values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        var xs = numeric
            ? values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()
            : Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
        var rows = table.Arms.Select(a => a.Row(metric)).ToArray();
        var ys = rows.Select(r => Finite(r?.Mean ?? double.NaN)).ToArray();
        var errors = rows.Select(r => r?.Upper is { } up ? up - r.Mean : 0).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, Palette(0));
        line.LineWidth = 3;
        line.MarkerSize = 12;
        var bars = plot.Add.ErrorBar(xs, ys, errors);
        bars.Color = Palette(0);
        bars.LineWidth = 2;
        if (!numeric)
        {
            plot.Axes.Bottom.SetTicks(xs, values);
        }
        return Finish(plot, $"sweep-{metric}", $"{label} ({text["mean_ci"]})");
    }

    private static PlotFile SweepHeatmap(ComparisonTable table, string metric, ReportText text)
    {
        var (xKey, yKey) = (table.Study.SweepKeys[0], table.Study.SweepKeys[1]);
        var label = MetricGlossary.Label(metric, text.Language);
        var xValues = table.Arms.Select(a => a.Result.Arm.Settings[0].Value).Distinct().ToArray();
        var yValues = table.Arms.Select(a => a.Result.Arm.Settings[1].Value).Distinct().ToArray();
        // Row 0 of the grid is drawn at the top, so the first y value goes to the last row (y grows upwards).
        var grid = new double[yValues.Length, xValues.Length];
        using var plot = NewPlot(text, $"{text["sweep_of"]}: {label}", xKey, yKey);
        foreach (var arm in table.Arms)
        {
            var x = Array.IndexOf(xValues, arm.Result.Arm.Settings[0].Value);
            var y = Array.IndexOf(yValues, arm.Result.Arm.Settings[1].Value);
            var mean = arm.Row(metric)?.Mean ?? double.NaN;
            grid[yValues.Length - 1 - y, x] = mean;
            var note = plot.Add.Text(NumberText.Readable(mean), x, y);
            note.LabelFontSize = LabelSize;
            note.LabelFontColor = Colors.White;
            note.LabelBackgroundColor = Colors.Black.WithAlpha(0.55);
            note.LabelAlignment = Alignment.MiddleCenter;
            if (text.PlotFont is { } f)
            {
                note.LabelFontName = f;
            }
        }
        var map = plot.Add.Heatmap(grid);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        map.Extent = new CoordinateRect(-0.5, xValues.Length - 0.5, -0.5, yValues.Length - 0.5);
        plot.MoveToBack(map);
        var bar = plot.Add.ColorBar(map);
        bar.Axis.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, xValues.Length).Select(i => (double)i).ToArray(), xValues);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, yValues.Length).Select(i => (double)i).ToArray(), yValues);
        plot.Axes.SetLimits(-0.5, xValues.Length - 0.5, -0.5, yValues.Length - 0.5);
        return Finish(plot, $"sweep-{metric}", label);
    }

    private static PlotFile UtilizationAgainstCost(ComparisonTable table, ReportText text)
    {
        using var plot = NewPlot(text, text["util_vs_cost"], text["energy_cost"], text["ts.utilization"]);
        for (var i = 0; i < table.Arms.Count; i++)
        {
            var arm = table.Arms[i];
            var x = arm.Row("energy_cost_yuan")!.Mean;
            var y = arm.Row("utilization")!.Mean * 100;
            var point = plot.Add.Marker(x, y, MarkerShape.FilledCircle, 18, Palette(i));
            point.LegendText = arm.Name;
        }
        plot.Legend.FontSize = TickSize;
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Margins(0.15, 0.15);
        return Finish(plot, "utilization-vs-energy-cost", text["util_vs_cost"]);
    }

    private static PlotFile Stacked(ComparisonTable table, IReadOnlyList<string> metrics, string name, string title, string axis, string prefix, ReportText text)
    {
        using var plot = NewPlot(text, title, null, axis);
        var bars = new List<Bar>();
        var n = table.Arms.Count;
        for (var i = 0; i < n; i++)
        {
            var bottom = 0.0;
            for (var m = 0; m < metrics.Count; m++)
            {
                var value = Finite(table.Arms[i].Row(metrics[m])?.Mean ?? 0);
                bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + value, FillColor = Palette(m) });
                bottom += value;
            }
        }
        plot.Add.Bars(bars);
        for (var m = 0; m < metrics.Count; m++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = metrics[m][prefix.Length..], FillColor = Palette(m) });
        }
        plot.Legend.FontSize = TickSize;
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return Finish(plot, name, title);
    }

    private static PlotFile Grouped(ComparisonTable table, IReadOnlyList<string> metrics, string name, string title, string axis, ReportText text,
        bool byScope = false)
    {
        using var plot = NewPlot(text, title, null, axis);
        var bars = new List<Bar>();
        var n = table.Arms.Count;
        var width = 0.8 / metrics.Count;
        for (var i = 0; i < n; i++)
        {
            for (var m = 0; m < metrics.Count; m++)
            {
                var row = table.Arms[i].Row(metrics[m]);
                bars.Add(new Bar
                {
                    Position = i - 0.4 + width * (m + 0.5),
                    Value = Finite(row?.Mean ?? 0),
                    Error = row?.Upper is { } up ? up - row.Mean : 0,
                    Size = width * 0.9,
                    FillColor = Palette(m),
                });
            }
        }
        plot.Add.Bars(bars);
        for (var m = 0; m < metrics.Count; m++)
        {
            // Charts of one metric per center or link name each bar by its center or link only.
            var label = byScope ? MetricScope.Scope(metrics[m]) : MetricGlossary.Label(metrics[m], text.Language);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = Palette(m) });
        }
        plot.Legend.FontSize = TickSize;
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        // Room above the bars for a legend of many centers.
        plot.Axes.Margins(bottom: 0, top: byScope ? 0.06 * metrics.Count + 0.1 : 0.15);
        return Finish(plot, name, title);
    }

    private static Plot NewPlot(ReportText text, string title, string? xLabel, string? yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(text.PlotFont ?? "DejaVu Sans");
        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.Bold = true;
        if (xLabel is not null)
        {
            plot.XLabel(xLabel, LabelSize);
        }
        if (yLabel is not null)
        {
            plot.YLabel(yLabel, LabelSize);
        }
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        return plot;
    }

    private static PlotFile Finish(Plot plot, string name, string caption)
    {
        // Fonts set after the plottables were added (legend, tick labels) must use the same family.
        var family = plot.Axes.Title.Label.FontName;
        plot.Font.Set(family);
        plot.Legend.FontName = family;
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        var svg = plot.GetSvgXml(Width, Height);
        return new PlotFile(Safe(name), caption, png, svg);
    }

    private static string Safe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;

    private static Color Palette(int i) => new ScottPlot.Palettes.Category10().GetColor(i);
}
