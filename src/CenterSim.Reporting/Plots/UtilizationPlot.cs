using CenterSim.Model.Results;
using ScottPlot;
using SkiaSharp;

namespace CenterSim.Reporting.Plots;

/// <summary>
/// The utilization chart: chip utilization (a 0-1 share) on the left axis and IT power (kW) on the right axis
/// against the hour of the run, each averaged over the replications hour by hour. Only hours that every
/// replication has are drawn. Series are found by column name (<see cref="UtilizationColumn"/>,
/// <see cref="PowerColumn"/>); a missing column is left out, and when only power is present it takes the
/// left axis. Styled for a projector: 1200×600 with large fonts.
/// </summary>
public static class UtilizationPlot
{
    /// <summary>Time-series column with chip utilization as a fraction 0..1; drawn on that scale.</summary>
    public const string UtilizationColumn = "utilization";

    /// <summary>Time-series column with IT power in kW.</summary>
    public const string PowerColumn = "it_power_kw";

    public const int Width = 1200;
    public const int Height = 600;

    private const float TitleSize = 32;
    private const float LabelSize = 26;
    private const float TickSize = 20;
    private const float LineWidth = 3;

    /// <summary>Sans-serif families tried in order; the first one installed is used.</summary>
    private static readonly string[] SansFamilies =
        ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Open Sans", "Arial", "Helvetica", "Segoe UI"];

    private static readonly Lazy<string> SansFont = new(PickSansFont);

    private static readonly Color UtilizationColor = Color.FromHex("#1f77b4");
    private static readonly Color PowerColor = Color.FromHex("#d62728");

    /// <summary>
    /// Hour-by-hour averages of the two series, or null when neither column exists or no hour is common
    /// to all replications (then there is nothing to draw).
    /// </summary>
    public static UtilizationSeries? Average(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return null;
        }
        var columns = runs[0].Series.Columns;
        var util = runs[0].Series.IndexOf(UtilizationColumn);
        var power = runs[0].Series.IndexOf(PowerColumn);
        if (util < 0 && power < 0)
        {
            return null;
        }

        // Each replication's rows keyed by hour (column 0); the first row of a repeated hour wins.
        var byHour = runs.Select(run =>
        {
            if (!run.Series.Columns.SequenceEqual(columns, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"replication {run.Replication} has different time-series columns from replication {runs[0].Replication}",
                    nameof(runs));
            }
            var rows = new Dictionary<double, double[]>();
            foreach (var row in run.Series.Rows)
            {
                if (row.Length > 0)
                {
                    rows.TryAdd(row[0], row);
                }
            }
            return rows;
        }).ToArray();

        var hours = byHour[0].Keys
            .Where(h => double.IsFinite(h) && byHour.All(rows => rows.ContainsKey(h)))
            .Order()
            .ToArray();
        if (hours.Length == 0)
        {
            return null;
        }

        double[]? Mean(int column, double scale)
        {
            if (column < 0)
            {
                return null;
            }
            var means = new double[hours.Length];
            for (var i = 0; i < hours.Length; i++)
            {
                var sum = 0.0;
                foreach (var rows in byHour)
                {
                    var row = rows[hours[i]];
                    sum += column < row.Length ? row[column] : double.NaN;
                }
                means[i] = sum / byHour.Length * scale;
            }
            return means;
        }

        return new UtilizationSeries(hours, Mean(util, 1), Mean(power, 1));
    }

    /// <summary>Draws the chart; the same input gives the same PNG bytes.</summary>
    public static byte[] RenderPng(string title, UtilizationSeries series)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);

        using var plot = new Plot();
        var font = SansFont.Value;
        plot.Font.Set(font);
        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.FontName = FontFor(title, font);
        plot.Axes.Title.Label.Bold = true;
        plot.XLabel("Hour of run (h)", LabelSize);
        Style(plot.Axes.Bottom);

        var left = plot.Axes.Left;
        var next = left;
        if (series.Utilization is { } util)
        {
            AddLine(plot, series.Hours, util, "Utilization (share, 0 to 1)", UtilizationColor, next, minTop: 1);
            next = plot.Axes.Right;
        }
        if (series.PowerKw is { } power)
        {
            AddLine(plot, series.Hours, power, "IT power (kW)", PowerColor, next, minTop: 0);
        }

        plot.Legend.FontSize = TickSize;
        plot.ShowLegend(Alignment.LowerRight);

        var first = series.Hours[0];
        var last = series.Hours[^1];
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }
        plot.Axes.SetLimitsX(first, last);

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddLine(Plot plot, double[] hours, double[] values, string label, Color color, IYAxis axis, double minTop)
    {
        // Hours whose average is undefined are left out rather than breaking the axis range.
        var xs = new List<double>(hours.Length);
        var ys = new List<double>(hours.Length);
        for (var i = 0; i < hours.Length; i++)
        {
            if (double.IsFinite(values[i]))
            {
                xs.Add(hours[i]);
                ys.Add(values[i]);
            }
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        line.LineWidth = LineWidth;
        line.LegendText = label;
        line.Axes.YAxis = axis;

        axis.Label.Text = label;
        axis.Label.FontSize = LabelSize;
        axis.Label.ForeColor = color;
        Style(axis);

        // Both quantities are non-negative: start at zero so the eye reads levels, not noise
        // (utilization always shows the full 0-1 range, the scale every table and chart uses).
        var top = Math.Max(ys.Count == 0 ? 0 : ys.Max(), minTop);
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.05 : 1, axis);
    }

    /// <summary>
    /// ScottPlot's own choice resolves to whatever family the font manager lists first when a name is
    /// unknown (on Linux builds of SkiaSharp without fontconfig that is often a serif font), so pick an
    /// installed sans-serif family by name.
    /// </summary>
    private static string PickSansFont()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return SansFamilies.FirstOrDefault(installed.Contains) ?? Fonts.Default;
    }

    /// <summary>The chosen font, or one that has glyphs for the text (e.g. a Chinese scenario name) if it lacks some.</summary>
    private static string FontFor(string text, string font)
    {
        using var typeface = SKTypeface.FromFamilyName(font);
        return typeface is null || typeface.ContainsGlyphs(text) ? font : Fonts.Detect(text);
    }

    private static void Style(IAxis axis)
    {
        axis.TickLabelStyle.FontSize = TickSize;
        axis.Label.Bold = false;
    }
}
