using System.Globalization;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Report;
using ScottPlot;
using static CenterSim.Reporting.Plots.PlotStyle;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// Charts of a sweep over one key (a line with 95% error bars, clipped to the metric's range) or two
/// keys (a heatmap whose cells show mean ± 95% half-width). Axes are titled in words and ticks use the
/// values' names where the sweep gives them.
/// </summary>
public static class SweepPlots
{
    /// <summary>The name of each arm's value on the sweep's axis <paramref name="axis"/>.</summary>
    public static string[] ValueNames(ComparisonTable table, int axis) =>
        table.Arms.Select(a => a.Result.Arm.ValueNames.Count > axis ? a.Result.Arm.ValueNames[axis] : a.Result.Arm.Settings[axis].Value).ToArray();

    public static PlotFile Line(ComparisonTable table, string metric, ReportText text, int axis)
    {
        var key = table.Study.SweepKeys[axis];
        var label = MetricGlossary.Label(metric, text.Language);
        using var plot = NewPlot(text, label, KeyLabel.For(key), label);
        var values = table.Arms.Select(a => a.Result.Arm.Settings[axis].Value).ToArray();
        var names = ValueNames(table, axis);
        var numeric = values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) && names.SequenceEqual(values);
        var xs = numeric
            ? values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()
            : Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
        var rows = table.Arms.Select(a => a.Row(metric)).ToArray();
        var ys = rows.Select(r => Finite(r?.Mean ?? double.NaN)).ToArray();
        var errors = rows.Select(r => r is null ? (0.0, 0.0, false) : Errors(metric, r.Mean, r.Lower, r.Upper)).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, Palette(0));
        line.LineWidth = 3;
        line.MarkerSize = 12;
        var zeros = new double[xs.Length];
        var bars = new ScottPlot.Plottables.ErrorBar(xs, ys, zeros, zeros, errors.Select(e => e.Item2).ToArray(), errors.Select(e => e.Item1).ToArray())
        {
            Color = Palette(0),
            LineWidth = 2,
        };
        plot.Add.Plottable(bars);
        if (!numeric)
        {
            plot.Axes.Bottom.SetTicks(xs, names);
            plot.Axes.Bottom.TickLabelStyle.Rotation = names.Max(n => n.Length) * names.Length > 60 ? 30 : 0;
            plot.Axes.Bottom.TickLabelStyle.Alignment = names.Max(n => n.Length) * names.Length > 60 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        }
        if (MetricGlossary.Bound(metric) != MetricBound.Signed)
        {
            plot.Axes.SetLimitsY(0, Math.Max(ys.Zip(errors, (y, e) => y + e.Item2).DefaultIfEmpty(1).Max() * 1.08, 1e-9));
        }
        var clipped = errors.Any(e => e.Item3) ? " " + text["clipped"] : "";
        return Finish(plot, $"sweep-{metric}", $"{label} ({text["mean_ci"]}){clipped}");
    }

    public static PlotFile Heatmap(ComparisonTable table, string metric, ReportText text)
    {
        var (xKey, yKey) = (table.Study.SweepKeys[0], table.Study.SweepKeys[1]);
        var label = MetricGlossary.Label(metric, text.Language);
        var xNames = ValueNames(table, 0).Distinct().ToArray();
        var yNames = ValueNames(table, 1).Distinct().ToArray();
        // Row 0 of the grid is drawn at the top, so the first y value goes to the last row (y grows upwards).
        var grid = new double[yNames.Length, xNames.Length];
        using var plot = NewPlot(text, label, KeyLabel.For(xKey), KeyLabel.For(yKey));
        var xAll = ValueNames(table, 0);
        var yAll = ValueNames(table, 1);
        for (var i = 0; i < table.Arms.Count; i++)
        {
            var x = Array.IndexOf(xNames, xAll[i]);
            var y = Array.IndexOf(yNames, yAll[i]);
            var row = table.Arms[i].Row(metric);
            var mean = row?.Mean ?? double.NaN;
            grid[yNames.Length - 1 - y, x] = mean;
            var half = row?.Estimate.Interval is { } ci ? "\n± " + NumberText.Readable(ci.HalfWidth) : "";
            var note = plot.Add.Text(NumberText.Readable(mean) + half, x, y);
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
        map.Extent = new CoordinateRect(-0.5, xNames.Length - 0.5, -0.5, yNames.Length - 0.5);
        plot.MoveToBack(map);
        var bar = plot.Add.ColorBar(map);
        bar.Axis.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, xNames.Length).Select(i => (double)i).ToArray(), xNames);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, yNames.Length).Select(i => (double)i).ToArray(), yNames);
        plot.Axes.SetLimits(-0.5, xNames.Length - 0.5, -0.5, yNames.Length - 0.5);
        return Finish(plot, $"sweep-{metric}", $"{label} ({text["mean_ci"]})");
    }
}
