namespace CenterSim.Model.Workload;

public sealed record FixedDistribution(double Value) : DistributionSpec
{
    public override double Mean => Value;
}
