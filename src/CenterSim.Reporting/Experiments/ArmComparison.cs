using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Experiments;

/// <summary>
/// One arm of a comparison: its per-metric summary (the same table its summary.json is written from)
/// and, for every arm but the reference, the paired difference (arm − reference) per metric that both report.
/// </summary>
public sealed record ArmComparison(
    ArmResult Result,
    SummaryTable Summary,
    IReadOnlyDictionary<string, Estimate>? Differences)
{
    public string Name => Result.Name;

    public SummaryRow? Row(string metric) => Summary.Rows.FirstOrDefault(r => r.Metric == metric);
}
