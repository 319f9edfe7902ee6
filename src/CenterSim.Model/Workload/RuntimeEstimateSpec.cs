namespace CenterSim.Model.Workload;

/// <summary>
/// What a tenant declares as a job's runtime, which is all a scheduler sees: the true runtime times a
/// factor drawn per job from <see cref="Factor"/>, or the truth itself when <see cref="Exact"/>.
/// </summary>
public sealed record RuntimeEstimateSpec(bool Exact, DistributionSpec? Factor)
{
    public static RuntimeEstimateSpec ExactEstimate { get; } = new(true, null);
}
