using CenterSim.Model.Workload;

namespace CenterSim.Model.Scenario;

/// <summary>One study: everything a run needs, already validated. Plain data, no behaviour.</summary>
public sealed record ScenarioSpec(
    string Name,
    ulong Seed,
    int Replications,
    StopSpec Stop,
    IReadOnlyDictionary<string, ServerTypeSpec> Hardware,
    CenterSpec Center,
    IReadOnlyList<TenantGroupSpec> Tenants,
    PoliciesSpec Policies,
    OutputSpec Output)
{
    /// <summary>The file the spec was read from, for messages; empty when built in code.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Jobs replayed from a trace, submitted besides those of the tenant groups; null when none.</summary>
    public TraceWorkloadSpec? Trace { get; init; }

    /// <summary>The compute market (periods, provider costs, vouchers); null keeps the plain pay-on-submit market.</summary>
    public Market.MarketSpec? Market { get; init; }

    /// <summary>Topology, power and failures; none unless the scenario has an <c>infrastructure</c> section.</summary>
    public Infrastructure.InfrastructureSpec Infrastructure { get; init; } = CenterSim.Model.Infrastructure.InfrastructureSpec.None;

    /// <summary>Inference services beside training on the same chips; null when the scenario has none.</summary>
    public Serving.ServingSpec? Serving { get; init; }

    /// <summary>Several centers linked by a wide-area network; null for a single center (<see cref="Center"/>).</summary>
    public CenterSim.Model.Network.NetworkSpec? Network { get; init; }

    /// <summary>The server type of the center's first pool.</summary>
    public ServerTypeSpec ServerType => Hardware[Center.Racks.ServerType];

    /// <summary>Chips of every pool of the center.</summary>
    public int TotalChips => Center.Pools.Sum(p => p.Racks.Count * p.Racks.ServersPerRack * Hardware[p.Racks.ServerType].ChipsPerServer);
}
