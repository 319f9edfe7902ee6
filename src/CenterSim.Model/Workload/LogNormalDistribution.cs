namespace CenterSim.Model.Workload;

/// <summary>Log-normal given by the mean and standard deviation of the quantity itself (not of its log).</summary>
public sealed record LogNormalDistribution(double MeanValue, double StdDev) : DistributionSpec
{
    public override double Mean => MeanValue;

    /// <summary>Sigma of the underlying normal: sqrt(ln(1 + sd²/mean²)).</summary>
    public double Sigma => Math.Sqrt(Math.Log(1 + StdDev * StdDev / (MeanValue * MeanValue)));

    /// <summary>Mu of the underlying normal: ln(mean) − sigma²/2.</summary>
    public double Mu => Math.Log(MeanValue) - Sigma * Sigma / 2;
}
