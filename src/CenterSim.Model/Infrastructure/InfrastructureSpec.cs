namespace CenterSim.Model.Infrastructure;

/// <summary>
/// The optional <c>infrastructure</c> section: interconnect, power and failures. Each part is null when
/// the scenario leaves it out, and then costs the engine nothing.
/// </summary>
public sealed record InfrastructureSpec(TopologySpec? Topology, PowerSpec? Power, FailureSpec? Failures)
{
    public static InfrastructureSpec None { get; } = new(null, null, null);

    public bool IsNone => Topology is null && Power is null && Failures is null;
}
