namespace CenterSim.Model.Scenario;

/// <summary>The policies of a run, each chosen by its registry name.</summary>
public sealed record PoliciesSpec(PolicyChoice Scheduling, PolicyChoice Placement, PolicyChoice Pricing)
{
    /// <summary>Where a network scenario sends each job; unused with one center.</summary>
    public PolicyChoice Broker { get; init; } = PolicyChoice.Named("local-only");
}
