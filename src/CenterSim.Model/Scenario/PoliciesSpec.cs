namespace CenterSim.Model.Scenario;

/// <summary>The policies of a run, each chosen by its registry name.</summary>
public sealed record PoliciesSpec(PolicyChoice Scheduling, PolicyChoice Placement, PolicyChoice Pricing);
