namespace CenterSim.Model.Workload;

/// <summary>Draws one of the listed values, each equally likely (a measured sample replayed).</summary>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : DistributionSpec
{
    public override double Mean => Values.Average();
}
