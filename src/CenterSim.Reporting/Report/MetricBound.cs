namespace CenterSim.Reporting.Report;

/// <summary>The physical range of a metric, which intervals and plots must respect.</summary>
public enum MetricBound
{
    /// <summary>Any sign (profit, differences).</summary>
    Signed,

    /// <summary>Zero or more (waits, costs, energy, counts).</summary>
    NonNegative,

    /// <summary>A share between 0 and 1 (utilization, fairness).</summary>
    Share,
}
