using CenterSim.Model.Workload;

namespace CenterSim.Model.Scenario;

/// <summary>
/// A group of identical tenants. Each of the <see cref="Count"/> tenants has its own budget and its own
/// Poisson stream of training jobs.
/// </summary>
public sealed record TenantGroupSpec(
    string Group,
    int Count,
    TenantCategory Category,
    double? BudgetYuan,
    TrainingWorkloadSpec Training)
{
    /// <summary>Price sensitivity, ecosystems and period budget; null: pays any price, runs anywhere.</summary>
    public Market.TenantMarketSpec? Market { get; init; }

    /// <summary>The region whose data and demand the group sits in (network scenarios); null with one center.</summary>
    public string? Region { get; init; }
}
