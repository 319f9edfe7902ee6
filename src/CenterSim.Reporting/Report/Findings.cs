using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>
/// Every comparison of a study against its reference, tested together: the family is every (arm, metric)
/// pair of outcome metrics (runs' own diagnostics such as events processed are left out), so Holm's
/// correction accounts for all the comparisons a reader could pick from.
/// </summary>
public sealed class Findings
{
    private Findings(IReadOnlyList<Finding> all) => All = all;

    /// <summary>Every tested comparison, in arm then metric order.</summary>
    public IReadOnlyList<Finding> All { get; }

    /// <summary>Significant after Holm and above the practical threshold; within each arm headline metrics first, then by relative change, changes from 0 last.</summary>
    public IEnumerable<Finding> Real => All.Where(f => f.IsFinding)
        .GroupBy(f => f.Arm).SelectMany(g => g
            .OrderBy(f => MetricGlossary.Role(f.Metric) == MetricRole.Headline ? 0 : 1)
            .ThenBy(f => double.IsNaN(f.Relative) ? 1 : 0)
            .ThenByDescending(f => double.IsNaN(f.Relative) ? 0 : f.Relative));

    public Finding? Of(string arm, string metric) => All.FirstOrDefault(f => f.Arm == arm && f.Metric == metric);

    public static Findings Of(ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var raw = new List<(string Arm, string Metric, double Reference, Estimate Diff, double P)>();
        foreach (var arm in table.Arms.Skip(1))
        {
            foreach (var metric in table.Metrics)
            {
                if (MetricGlossary.Role(metric) == MetricRole.Diagnostic || arm.Differences is null
                    || !arm.Differences.TryGetValue(metric, out var diff) || table.Reference.Row(metric) is not { } reference)
                {
                    continue;
                }
                raw.Add((arm.Name, metric, reference.Mean, diff, PairedTest.PValue(diff)));
            }
        }
        var adjusted = PairedTest.Holm(raw.Select(r => r.P).ToList());
        return new Findings(raw.Select((r, i) => new Finding(r.Arm, r.Metric, r.Reference, r.Diff, r.P, adjusted[i],
            PracticalThreshold.IsNegligible(r.Metric, r.Reference, r.Diff.Mean))).ToList());
    }

    /// <summary>"cheapest: Mean wait (h) 19.7 lower than baseline (−99.9%), 95% [−22.9, −16.4], Holm p = 0.003".</summary>
    public static string Sentence(Finding f, string reference, ReportText text)
    {
        var direction = f.Difference.Mean > 0 ? text["higher"] : text["lower"];
        var relative = double.IsFinite(f.Relative) ? $" ({f.Relative * 100:0.#}%)" : "";
        var ci = f.Difference.Interval is { } i ? $", 95% [{NumberText.Readable(i.Lower)}, {NumberText.Readable(i.Upper)}]" : "";
        return $"{f.Arm}: {MetricGlossary.Label(f.Metric, text.Language)} {direction} {text["than"]} {reference} {text["by"]} "
            + $"{NumberText.Readable(Math.Abs(f.Difference.Mean))}{relative}{ci}, {text["holm_p"]} {PText(f.AdjustedP)}";
    }

    public static string PText(double p) => double.IsNaN(p) ? "n/a" : p < 0.001 ? "< 0.001" : p.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
