using CenterSim.Reporting.Report;
using ScottPlot;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// The look every study chart shares, for a paper and a projector: 1200×700, large type, thick lines,
/// legends outside the data, a colour and a dash pattern per series (so arms that coincide stay
/// distinguishable), and error bars clipped to the metric's physical range.
/// </summary>
public static class PlotStyle
{
    public const int Width = 1000;
    public const int Height = 584;
    public const float TitleSize = 30;
    public const float LabelSize = 24;
    public const float TickSize = 20;

    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    private static readonly MarkerShape[] Markers =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle];

    public static Plot NewPlot(ReportText text, string title, string? xLabel, string? yLabel)
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

    /// <summary>The legend to the right of the data area, never over it.</summary>
    public static void LegendOutside(Plot plot)
    {
        plot.Legend.FontSize = TickSize;
        plot.ShowLegend(Edge.Right);
    }

    public static PlotFile Finish(Plot plot, string name, string caption)
    {
        // Fonts set after the plottables were added (legend, tick labels) must use the same family.
        var family = plot.Axes.Title.Label.FontName;
        plot.Font.Set(family);
        plot.Legend.FontName = family;
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        var svg = plot.GetSvgXml(Width, Height);
        return new PlotFile(Safe(name), caption, png, svg);
    }

    /// <summary>The lower and upper error of an interval around <paramref name="mean"/>, clipped to the metric's range; true when clipped.</summary>
    public static (double Minus, double Plus, bool Clipped) Errors(string metric, double mean, double? lower, double? upper)
    {
        if (lower is not { } lo || upper is not { } hi || !double.IsFinite(mean))
        {
            return (0, 0, false);
        }
        var bound = MetricGlossary.Bound(metric);
        var clippedLo = bound == MetricBound.Signed ? lo : Math.Max(0, lo);
        var clippedHi = bound == MetricBound.Share ? Math.Min(1, hi) : hi;
        return (mean - clippedLo, clippedHi - mean, clippedLo != lo || clippedHi != hi);
    }

    public static string Safe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());

    public static double Finite(double v) => double.IsFinite(v) ? v : 0;

    public static Color Palette(int i) => new ScottPlot.Palettes.Category10().GetColor(i);

    public static LinePattern Pattern(int i) => Patterns[i % Patterns.Length];

    public static MarkerShape Marker(int i) => Markers[i % Markers.Length];
}
