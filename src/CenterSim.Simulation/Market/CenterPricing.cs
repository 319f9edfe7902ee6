using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Market;

/// <summary>
/// One center's price decision, made once per run and read by everyone who needs it: each pool's pricing
/// instance (the pool's, else the center's, else the scenario's), what every tenant bought there, the
/// provider's cost model (with a <c>market</c> section) and the load the center last posted. The center's
/// scheduler bills and enforces capacity with these instances; its market (a single center's, or a
/// network's counter for the center) quotes and bills with <see cref="Price"/>; the broker of a network
/// without a market quotes with the same instances.
/// </summary>
public sealed class CenterPricing
{
    public CenterPricing(ScenarioSpec spec, CenterLayout layout)
    {
        Policies = layout.Pools.Select(p => PolicyCatalog.Pricing.Create(PricingOf(spec, p.Spec))).ToArray();
        Terms = TenantTermsTable.For(spec, Policies);
        Costs = spec.Market is { } market ? new CostModel(spec, market.Economics) : null;
    }

    /// <summary>Each pool's pricing, in pool order.</summary>
    public IReadOnlyList<IPricingPolicy> Policies { get; }

    /// <summary>[pool][tenant]: what each tenant bought there (preemptible, reserved chips).</summary>
    public TenantTerms[][] Terms { get; }

    /// <summary>The provider's costs; null without a <c>market</c> section.</summary>
    public CostModel? Costs { get; }

    /// <summary>The share of chips in use the center last posted (hourly), for load-dependent prices.</summary>
    public double Utilization { get; set; }

    /// <summary>The queue length the center last posted.</summary>
    public int QueueLength { get; set; }

    /// <summary>A pool's pricing: its own, else its center's, else the scenario's.</summary>
    public static PolicyChoice PricingOf(ScenarioSpec spec, PoolSpec pool) => pool.Pricing ?? spec.Center.Pricing ?? spec.Policies.Pricing;

    /// <summary>The price of a chip-hour of this job on this pool at <paramref name="now"/>, for its tenant's terms there.</summary>
    public double Price(Job job, int pool, double now) => Policies[pool].YuanPerChipHour(new PricingContext(now, job.Chips, job.ChipHours)
    {
        CostYuanPerChipHour = Costs?.FullCostYuanPerChipHour(pool) ?? 0,
        Utilization = Utilization,
        QueueLength = QueueLength,
        Preemptible = Terms[pool][job.Tenant.Index].Preemptible,
    });

    /// <summary>The next time after <paramref name="now"/> the pool's price drops on its own.</summary>
    public double NextCheaperTime(int pool, double now) => Policies[pool].NextCheaperTime(now);
}
