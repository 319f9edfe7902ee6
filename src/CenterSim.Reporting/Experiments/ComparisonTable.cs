using CenterSim.Model.Experiments;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Experiments;

/// <summary>
/// Statistics of a study: every arm's summary and its paired differences against the reference arm
/// (the baseline, or a sweep's first point). Replication r of every arm ran with the same random
/// numbers, so differences are taken replication by replication, which removes the noise the arms share.
/// Metrics are discovered from the runs by name; a metric only some arms report has no difference.
/// </summary>
public sealed class ComparisonTable
{
    private ComparisonTable(StudySpec study, IReadOnlyList<ArmComparison> arms, IReadOnlyList<string> metrics)
    {
        Study = study;
        Arms = arms;
        Metrics = metrics;
    }

    public StudySpec Study { get; }

    public IReadOnlyList<ArmComparison> Arms { get; }

    /// <summary>Every metric name, in the order the reference arm reports them, then any others in order of appearance.</summary>
    public IReadOnlyList<string> Metrics { get; }

    public ArmComparison Reference => Arms[0];

    public static ComparisonTable Build(StudySpec study, IReadOnlyList<ArmResult> results)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("a study needs at least one arm", nameof(results));
        }
        var summaries = results.Select(r => SummaryTable.Build(r.Arm.Spec, r.Runs)).ToArray();
        var reference = results[0];
        var referenceMetrics = summaries[0].Rows.Select(r => r.Metric).ToHashSet(StringComparer.Ordinal);
        var arms = new List<ArmComparison>();
        for (var i = 0; i < results.Count; i++)
        {
            if (i == 0)
            {
                arms.Add(new ArmComparison(results[i], summaries[i], null));
                continue;
            }
            var differences = new Dictionary<string, Estimate>(StringComparer.Ordinal);
            foreach (var row in summaries[i].Rows.Where(r => referenceMetrics.Contains(r.Metric)))
            {
                differences[row.Metric] = ConfidenceInterval.OfPairedDifference(results[i].Runs, reference.Runs, row.Metric);
            }
            arms.Add(new ArmComparison(results[i], summaries[i], differences));
        }
        var metrics = summaries.SelectMany(s => s.Rows.Select(r => r.Metric)).Distinct(StringComparer.Ordinal).ToList();
        return new ComparisonTable(study, arms, metrics);
    }
}
