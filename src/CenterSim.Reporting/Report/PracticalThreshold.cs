namespace CenterSim.Reporting.Report;

/// <summary>
/// The smallest difference a report calls a finding: 1% of the reference value, and for shares
/// (utilization, fairness) 0.01 — one percentage point. Smaller differences may be real but do not
/// matter to a planner; they stay in the full tables.
/// </summary>
public static class PracticalThreshold
{
    public const double Relative = 0.01;
    public const double ShareAbsolute = 0.01;

    public static bool IsNegligible(string metric, double referenceMean, double difference)
    {
        if (!double.IsFinite(difference))
        {
            return true;
        }
        if (MetricGlossary.Bound(metric) == MetricBound.Share)
        {
            return Math.Abs(difference) < ShareAbsolute;
        }
        // Against a reference of 0 any change away from 0 counts (e.g. jobs rejected 0 -> 12).
        return referenceMean == 0 ? difference == 0 : Math.Abs(difference) < Relative * Math.Abs(referenceMean);
    }
}
