using System.Globalization;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Plots;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>The parts both report formats share: overview facts, significant differences, table cells.</summary>
public sealed class ReportContent(ComparisonTable table, IReadOnlyList<PlotFile> plots, string scenarioText, ReportText text)
{
    public ComparisonTable Table { get; } = table;

    public IReadOnlyList<PlotFile> Plots { get; } = plots;

    public string ScenarioText { get; } = scenarioText;

    public ReportText Text { get; } = text;

    public string Title => $"{Text["title"]}: {Table.Study.Name}";

    /// <summary>Arms that deliver different work or are unstable; shown first, and not ranked on totals.</summary>
    public ComparisonWarnings Warnings { get; } = ComparisonWarnings.For(table, text.Language);

    public IEnumerable<(string Label, string Value)> Overview()
    {
        var study = Table.Study;
        var kind = study.Kind switch
        {
            StudyKind.Sweep => $"{Text["kind.sweep"]} {string.Join(" × ", study.SweepKeys)}",
            StudyKind.Variants => Text["kind.variants"],
            _ => Text["kind.single"],
        };
        yield return (Text["arms"], $"{Table.Arms.Count} ({kind})");
        yield return (Text["replications"], Table.Reference.Summary.Replications.ToString(CultureInfo.InvariantCulture));
        yield return (Text["seed"], Table.Reference.Summary.Seed.ToString(CultureInfo.InvariantCulture));
        if (Table.Arms.Count > 1)
        {
            yield return (Text["reference"], Table.Reference.Name);
        }
    }

    /// <summary>Every comparison with the reference, Holm-corrected over the whole study.</summary>
    public Findings Findings { get; } = Findings.Of(table);

    /// <summary>At most this many headline metrics go into the first table.</summary>
    public const int MaxHeadline = 6;

    /// <summary>
    /// The metrics of the first table: the study's own choice (its <c>headline</c> key), else the headline
    /// metrics it reports (utilization, waits, money, carbon, ...), in glossary order.
    /// </summary>
    public IReadOnlyList<string> Headline => Table.Study.Headline?.Select(h => h.Metric).ToList() ??
        MetricEntries.Known.Where(e => e.Value.Role == MetricRole.Headline && Table.Metrics.Contains(e.Key)
                && Table.Arms.Any(a => a.Row(e.Key) is { } r && double.IsFinite(r.Mean)))
            .Select(e => e.Key).Take(MaxHeadline).ToList();

    /// <summary>Headline metrics whose own chart is a key plot (utilization, mean wait and one more); the rest are linked.</summary>
    public const int KeyMetricCharts = 3;

    /// <summary>The plots shown on the first screens: hour-by-hour utilization, the headline metrics' charts and the network and market overviews.</summary>
    public IReadOnlyList<PlotFile> KeyPlots
    {
        get
        {
            var names = new List<string> { "timeseries-utilization", "center-utilization", "utilization-vs-energy-cost", "chip-hours-by-category" };
            names.AddRange(Headline.Take(KeyMetricCharts).SelectMany(m => new[] { $"bars-{m}", $"sweep-{m}" }));
            return Plots.Where(p => names.Contains(p.Name)).OrderBy(p => names.IndexOf(p.Name)).ToList();
        }
    }

    public IReadOnlyList<PlotFile> OtherPlots => Plots.Except(KeyPlots).ToList();

    /// <summary>One sentence per finding: significant after Holm's correction and above the practical threshold.</summary>
    public IReadOnlyList<string> SignificantDifferences(bool scoped = false) =>
        Findings.Real.Where(f => MetricScope.IsScoped(f.Metric) == scoped)
            // An arm that did different work, or whose queue grows, is not ranked on its totals.
            .Where(f => !(ComparisonWarnings.IsTotal(f.Metric) && Warnings.Flagged.Contains(f.Arm)))
            .Select(f => Findings.Sentence(f, Table.Reference.Name, Text)).ToList();

    /// <summary>How many comparisons were tested, how many are significant after Holm, and how many of those are negligible.</summary>
    public (int Tested, int Significant, int Negligible) FindingCounts =>
        (Findings.All.Count(f => !double.IsNaN(f.PValue)), Findings.All.Count(f => f.Significant), Findings.All.Count(f => f.Significant && f.Negligible));

    /// <summary>A headline cell: mean, its interval, and for other arms the difference with a mark when it is a finding.</summary>
    public (string Mean, string Interval, string? Difference, bool Finding) Cell(ArmComparison arm, string metric)
    {
        var row = arm.Row(metric);
        var (mean, interval) = row is null ? ("", "") : (NumberText.Readable(row.Mean), BoundedInterval(metric, row.Estimate));
        if (arm == Table.Reference || Findings.Of(arm.Name, metric) is not { } f)
        {
            return (mean, interval, null, false);
        }
        var relative = double.IsFinite(f.Relative) ? $" ({(f.Difference.Mean < 0 ? "−" : "+")}{f.Relative * 100:0.#}%)" : "";
        return (mean, interval, $"Δ {Signed(f.Difference.Mean)}{relative}", f.IsFinding);
    }

    /// <summary>The interval of a mean within the metric's physical range (waits and costs at least 0, shares 0 to 1); a clipped end is marked '*'.</summary>
    public static string BoundedInterval(string metric, Estimate? e)
    {
        if (e?.Interval is not { } ci)
        {
            return "n/a";
        }
        var bound = MetricGlossary.Bound(metric);
        var lo = bound == MetricBound.Signed ? ci.Lower : Math.Max(0, ci.Lower);
        var hi = bound == MetricBound.Share ? Math.Min(1, ci.Upper) : ci.Upper;
        return $"[{NumberText.Readable(lo)}{(lo != ci.Lower ? "*" : "")}, {NumberText.Readable(hi)}{(hi != ci.Upper ? "*" : "")}]";
    }

    public string HeadlineNote() => string.Format(CultureInfo.InvariantCulture, Text["headline_note"], Table.Reference.Name,
        PracticalThreshold.Relative * 100, PracticalThreshold.ShareAbsolute);

    public string FindingsSummary()
    {
        var (tested, significant, negligible) = FindingCounts;
        return string.Format(CultureInfo.InvariantCulture, Text["findings_summary"], tested, significant, negligible, Findings.Real.Count(),
            PracticalThreshold.Relative * 100, PracticalThreshold.ShareAbsolute);
    }

    public string Method()
    {
        var method = Text["method"];
        if (Table.Study.Precision is { } p)
        {
            method += " " + string.Format(CultureInfo.InvariantCulture, Text["precision"], p.Metric, p.HalfWidthPercent, p.MaxReplications);
        }
        return method;
    }

    public string SettingsOf(ArmComparison arm) =>
        arm.Result.Arm.Settings.Count == 0 ? Text["none"] : string.Join(", ", arm.Result.Arm.Settings.Select(s => $"{s.Key} = {s.Value}"));

    public static string Interval(Estimate? e) =>
        e?.Interval is { } ci ? $"[{NumberText.Readable(ci.Lower)}, {NumberText.Readable(ci.Upper)}]" : "n/a";

    public static string Signed(double v) => (v > 0 ? "+" : "") + NumberText.Readable(v);
}
