using CenterSim.Model.Market;
using CenterSim.Policies;
using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// One center as the network's market sells it: its pools' pricing (pool's, else center's, else the
/// scenario's), what each tenant bought on each pool, the share of a bill each tenant's voucher pays on
/// each pool there (by its agency's spending rule), the provider's cost model, books and period charges
/// (reserved chips) for that center, and the load its prices read.
/// </summary>
public sealed class CenterCounter
{
    private readonly CenterPricing _prices;
    private readonly PoolChooser _pools;

    /// <param name="programOf">each tenant's voucher program (its home region's agency), null for none</param>
    public CenterCounter(RunContext center, Ledger ledger, IReadOnlyList<VoucherProgramSpec?> programOf)
    {
        var spec = center.Spec;
        Index = center.CenterIndex;
        Region = spec.Center.Region;
        _prices = center.Pricing;
        _pools = new PoolChooser(spec);
        Books = new ProviderBooks(ledger, Costs, Index);
        Domestic = center.Layout.Pools.Select(p => p.Type.IsDomestic).ToArray();
        var categories = TenantRoster.Categories(spec);
        VoucherShare = categories.Select((category, t) => VoucherRules.SharesByPool(programOf[t], category, spec)).ToArray();
        Charges = new PeriodCharges(ledger, _prices.Policies, _prices.Terms, categories.Length, Index);
    }

    public int Index { get; }

    public string Region { get; }

    public CostModel Costs => _prices.Costs!;

    public ProviderBooks Books { get; }

    /// <summary>[pool][tenant]: what each tenant bought there (preemptible or not).</summary>
    public TenantTerms[][] Terms => _prices.Terms;

    /// <summary>Whether each pool's servers carry domestic chips.</summary>
    public bool[] Domestic { get; }

    /// <summary>What tenants pay each period for the chips they reserved here (pricing <c>committed</c>).</summary>
    public PeriodCharges Charges { get; }

    /// <summary>Whether this center's pricing charges per period (reserved chips).</summary>
    public bool ChargesPerPeriod => _prices.Policies.Any(p => p.ChargesPerPeriod);

    /// <summary>[tenant][pool]: the share of a bill the tenant's voucher pays.</summary>
    public double[][] VoucherShare { get; }

    /// <summary>The center's one price decision, shared with its scheduler (the market posts the load there).</summary>
    public CenterPricing Prices => _prices;

    /// <summary>The price of a chip-hour of this job on this pool now, for its tenant's terms there.</summary>
    public double Price(Job job, int pool, double now) => _prices.Price(job, pool, now);

    /// <summary>The pool that suits the job's tenant best here (after its voucher share and porting), at today's price.</summary>
    public PoolOffer Offer(TenantMarketSpec? tenant, Job job, double now) =>
        _pools.Choose(tenant, _prices, job, now, VoucherShare[job.Tenant.Index]);

    public double NextCheaperTime(int pool, double now) => _prices.NextCheaperTime(pool, now);
}
