namespace CenterSim.Reporting.Statistics;

/// <summary>One metric across the replications of a scenario: the per-replication values and their estimate.</summary>
public sealed record SummaryRow(string Metric, IReadOnlyList<double> Runs, Estimate Estimate)
{
    public double Mean => Estimate.Mean;

    /// <summary>Lower end of the 95% interval; null with fewer than two replications or a non-finite value.</summary>
    public double? Lower => Estimate.Interval?.Lower;

    /// <summary>Upper end of the 95% interval; null with fewer than two replications or a non-finite value.</summary>
    public double? Upper => Estimate.Interval?.Upper;
}
