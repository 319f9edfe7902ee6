using CenterSim.Model.Scenario;

namespace CenterSim.Model.Workload;

/// <summary>
/// Jobs replayed from a trace file instead of (or besides) generated ones. Each distinct tenant in the
/// trace (e.g. a virtual cluster) becomes a tenant of the run, in the given category, with no budget
/// limit. <see cref="Skipped"/> counts trace rows that could not be replayed (e.g. no duration).
/// </summary>
public sealed record TraceWorkloadSpec(string Path, string Format, TenantCategory Category, IReadOnlyList<TraceJobSpec> Jobs, int Skipped)
{
    /// <summary>The trace's tenants in order of first appearance.</summary>
    public IReadOnlyList<string> Tenants => Jobs.Select(j => j.Tenant).Distinct().ToList();

    /// <summary>In a network, the home region of every trace tenant (where its jobs' data is, <c>workload.region</c>); null with one center.</summary>
    public string? Region { get; init; }
}
