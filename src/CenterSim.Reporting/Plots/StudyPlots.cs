using System.Globalization;
using CenterSim.Model.Experiments;
using CenterSim.Model.Results;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Report;
using CenterSim.Reporting.Typefaces;
using ScottPlot;
using static CenterSim.Reporting.Plots.PlotStyle;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// The charts of a study, styled for a projector (1200×700, large type, thick lines): time series per
/// arm, one chart per metric that varies (bars with 95% error bars, or for a sweep of one or two keys the
/// sweep chart: a line with error bars for one key, a heatmap for two), utilization against energy cost, chip-hours by tenant category and voucher flows.
/// Charts whose data is absent are skipped. Everything is read from the results by name.
/// </summary>
public static class StudyPlots
{
    public const int Width = PlotStyle.Width;
    public const int Height = PlotStyle.Height;

    public const string CategoryPrefix = MetricScope.CategoryPrefix;
    public const string VoucherPrefix = "voucher_";
    public const string WanPrefix = MetricScope.WanPrefix;

    public static IReadOnlyList<PlotFile> Render(ComparisonTable table, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(text);
        if (text.PlotFont is not null)
        {
            EmbeddedFontResolver.Register();
        }
        var files = new List<PlotFile>();
        StudySeriesPlots.Render(table, text, files);
        // One chart per metric only where it says something: the headline metrics and those with a finding.
        // A network run's per-center and per-link metrics are drawn side by side below, not one chart each.
        var findings = Findings.Of(table).Real.Select(f => f.Metric).ToHashSet(StringComparer.Ordinal);
        var varying = table.Metrics.Where(m => Varies(table, m) && !MetricScope.IsScoped(m)
            && (MetricGlossary.Role(m) == MetricRole.Headline || findings.Contains(m))).ToList();
        // A sweep of one or two keys gets a sweep chart per metric instead of bars (the same numbers, laid out by the swept values).
        // A key swept over a single value (e.g. the broker whose parameter is swept) is a setting, not an axis.
        var axes = table.Study.Kind != StudyKind.Sweep ? new List<int>()
            : Enumerable.Range(0, table.Study.SweepKeys.Count).Where(k => table.Arms.Select(a => a.Result.Arm.Settings[k].Value).Distinct().Count() > 1).ToList();
        var line = axes.Count == 1;
        var heatmap = axes.Count == 2 && table.Study.SweepKeys.Count == 2;
        foreach (var metric in varying)
        {
            files.Add(line ? SweepPlots.Line(table, metric, text, axes[0]) : heatmap ? SweepPlots.Heatmap(table, metric, text) : Bars(table, metric, text));
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
            files.Add(Grouped(table, utilization, "center-utilization", text["center_utilization"], text["ts.utilization"], text, byScope: true));
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

    private static PlotFile Bars(ComparisonTable table, string metric, ReportText text)
    {
        var label = MetricGlossary.Label(metric, text.Language);
        using var plot = NewPlot(text, label, label + " — " + text["mean_ci"], null);
        var bars = new List<Bar>();
        var n = table.Arms.Count;
        var (xs, ys, minus, plus) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var clipped = false;
        for (var i = 0; i < n; i++)
        {
            var row = table.Arms[i].Row(metric);
            if (row is null)
            {
                continue;
            }
            bars.Add(new Bar { Position = n - 1 - i, Value = Finite(row.Mean), FillColor = Palette(i), Orientation = Orientation.Horizontal });
            var (lo, hi, cut) = Errors(metric, row.Mean, row.Lower, row.Upper);
            clipped |= cut;
            xs.Add(Finite(row.Mean));
            ys.Add(n - 1 - i);
            minus.Add(lo);
            plus.Add(hi);
        }
        plot.Add.Bars(bars);
        var zeros = new double[xs.Count];
        plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, plus, minus, zeros, zeros) { Color = Colors.Black, LineWidth = 2 });
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
        return Finish(plot, $"bars-{metric}", label + (clipped ? " " + text["clipped"] : ""));
    }

    /// <summary>Each arm's mean utilization against its mean energy cost, with both 95% intervals; arms that coincide differ in marker and size.</summary>
    private static PlotFile UtilizationAgainstCost(ComparisonTable table, ReportText text)
    {
        using var plot = NewPlot(text, text["util_vs_cost"], text["energy_cost"], text["ts.utilization"]);
        for (var i = 0; i < table.Arms.Count; i++)
        {
            var cost = table.Arms[i].Row("energy_cost_yuan")!;
            var util = table.Arms[i].Row("utilization")!;
            var (cLo, cHi, _) = Errors("energy_cost_yuan", cost.Mean, cost.Lower, cost.Upper);
            var (uLo, uHi, _) = Errors("utilization", util.Mean, util.Lower, util.Upper);
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar([cost.Mean], [util.Mean], [cHi], [cLo], [uHi], [uLo]) { Color = Palette(i), LineWidth = 2 });
            var point = plot.Add.Marker(cost.Mean, util.Mean, Marker(i), 22 - 2 * (i % 4), Palette(i));
            point.LegendText = table.Arms[i].Name;
        }
        LegendOutside(plot);
        plot.Axes.Margins(0.15, 0.15);
        return Finish(plot, "utilization-vs-energy-cost", text["util_vs_cost"] + " (" + text["mean_ci"] + ")");
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
        LegendOutside(plot);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.1);
        return Finish(plot, name, title);
    }

    private static PlotFile Grouped(ComparisonTable table, IReadOnlyList<string> metrics, string name, string title, string axis, ReportText text,
        bool byScope = false)
    {
        using var plot = NewPlot(text, title, null, axis);
        var bars = new List<Bar>();
        var n = table.Arms.Count;
        var width = 0.8 / metrics.Count;
        var (xs, ys, minus, plus) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < n; i++)
        {
            for (var m = 0; m < metrics.Count; m++)
            {
                var row = table.Arms[i].Row(metrics[m]);
                var position = i - 0.4 + width * (m + 0.5);
                bars.Add(new Bar { Position = position, Value = Finite(row?.Mean ?? 0), Size = width * 0.9, FillColor = Palette(m) });
                var (lo, hi, _) = row is null ? (0, 0, false) : Errors(metrics[m], row.Mean, row.Lower, row.Upper);
                xs.Add(position);
                ys.Add(Finite(row?.Mean ?? 0));
                minus.Add(lo);
                plus.Add(hi);
            }
        }
        plot.Add.Bars(bars);
        var zeros = new double[xs.Count];
        plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, zeros, zeros, plus, minus) { Color = Colors.Black, LineWidth = 1.5f });
        for (var m = 0; m < metrics.Count; m++)
        {
            // Charts of one metric per center or link name each bar by its center or link only.
            var label = byScope ? MetricScope.Scope(metrics[m]) : MetricGlossary.Label(metrics[m], text.Language);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = Palette(m) });
        }
        LegendOutside(plot);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), table.Arms.Select(a => a.Name).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.1);
        return Finish(plot, name, title);
    }
}
