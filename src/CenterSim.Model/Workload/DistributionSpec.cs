namespace CenterSim.Model.Workload;

/// <summary>A positive random quantity. Sampling lives with the engine's random streams.</summary>
public abstract record DistributionSpec
{
    public abstract double Mean { get; }
}
