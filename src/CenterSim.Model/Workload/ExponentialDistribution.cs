namespace CenterSim.Model.Workload;

public sealed record ExponentialDistribution(double MeanValue) : DistributionSpec
{
    public override double Mean => MeanValue;
}
