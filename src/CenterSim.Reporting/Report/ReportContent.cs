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

    /// <summary>One sentence per (arm, metric) whose paired difference interval excludes zero.</summary>
    public IReadOnlyList<string> SignificantDifferences()
    {
        var lines = new List<string>();
        foreach (var arm in Table.Arms.Skip(1))
        {
            foreach (var (metric, diff) in arm.Differences!)
            {
                if (diff.Interval is not { } ci || (ci.Lower <= 0 && ci.Upper >= 0))
                {
                    continue;
                }
                if (ComparisonWarnings.IsTotal(metric) && Warnings.Flagged.Contains(arm.Name))
                {
                    continue; // different work done: its totals are not a ranking
                }
                var baseMean = Table.Reference.Row(metric)!.Mean;
                var relative = baseMean != 0 ? $" ({Math.Abs(diff.Mean / baseMean) * 100:F1}%)" : "";
                var direction = diff.Mean > 0 ? Text["higher"] : Text["lower"];
                lines.Add($"{arm.Name}: {MetricGlossary.Label(metric, Text.Language)} {direction} {Text["than"]} {Table.Reference.Name} {Text["by"]} "
                    + $"{NumberText.Readable(Math.Abs(diff.Mean))}{relative}, 95% [{NumberText.Readable(ci.Lower)}, {NumberText.Readable(ci.Upper)}]");
            }
        }
        return lines;
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
