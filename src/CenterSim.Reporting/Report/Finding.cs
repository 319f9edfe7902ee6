using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>
/// One arm against the reference on one metric: the paired difference, its size relative to the
/// reference, the raw and Holm-adjusted p-values, and whether it is a finding (adjusted p ≤ 0.05 and
/// not negligible by <see cref="PracticalThreshold"/>).
/// </summary>
public sealed record Finding(string Arm, string Metric, double ReferenceMean, Estimate Difference, double PValue, double AdjustedP, bool Negligible)
{
    public const double Alpha = 0.05;

    public bool Significant => AdjustedP <= Alpha;

    public bool IsFinding => Significant && !Negligible;

    /// <summary>|difference| / |reference mean|; NaN when the reference is 0.</summary>
    public double Relative => ReferenceMean != 0 ? Math.Abs(Difference.Mean / ReferenceMean) : double.NaN;
}
