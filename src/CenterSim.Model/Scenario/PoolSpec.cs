namespace CenterSim.Model.Scenario;

/// <summary>
/// One pool of a center: racks of one server type, priced on their own when <see cref="Pricing"/> is
/// given (otherwise the center's or the scenario's pricing). A job runs on one pool only.
/// </summary>
public sealed record PoolSpec(string Name, RackSpec Racks)
{
    /// <summary>The pool's own pricing; null uses the center's (then the scenario's) pricing.</summary>
    public PolicyChoice? Pricing { get; init; }
}
