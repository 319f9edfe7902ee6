using CenterSim.Policies.Capacity;

namespace CenterSim.Policies.Pricing;

/// <summary>
/// Sets the price of a chip-hour and decides what else a purchase is: the hooks the market and the
/// scheduler call. Only <see cref="YuanPerChipHour"/> is required; a policy that sells more than plain
/// on-demand chip-hours (preemptible or reserved capacity) overrides the rest. An inference service's
/// tokens are priced through <see cref="PriceTokens"/>, by a policy that says it <see cref="PricesTokens"/>.
/// </summary>
public interface IPricingPolicy
{
    /// <summary>The price of a chip-hour for this buyer now.</summary>
    double YuanPerChipHour(in PricingContext context);

    /// <summary>Whether the policy prices chip-hours, so it may be a pool's or center's pricing (false: it prices only tokens).</summary>
    bool PricesChipHours => true;

    /// <summary>Whether the policy prices an inference service's tokens (<see cref="PriceTokens"/>), so it may be a service's pricing.</summary>
    bool PricesTokens => false;

    /// <summary>The prices of a million input and of a million output tokens in force now; null when the policy prices no tokens.</summary>
    TokenPrices? PriceTokens(in TokenPricingContext context) => null;

    /// <summary>Whether the price reads <see cref="PricingContext.Utilization"/> or the queue, so the market must watch the load.</summary>
    bool NeedsLoad => false;

    /// <summary>The next time after <paramref name="now"/> the price drops, or +∞ when it never does on its own.</summary>
    double NextCheaperTime(double now) => double.PositiveInfinity;

    /// <summary>What a tenant's market keys (<c>spot</c>, <c>committed_chips</c>) buy under this pricing.</summary>
    TenantTerms TermsFor(bool spot, int committedChips) => TenantTerms.OnDemand;

    /// <summary>The rule this pricing imposes on a pool's capacity, given every tenant's terms (by tenant index); null for none.</summary>
    ICapacityRule? CapacityRule(IReadOnlyList<TenantTerms> tenants) => null;

    /// <summary>Whether tenants pay a charge each period whatever they use (see <see cref="PeriodChargeCents"/>).</summary>
    bool ChargesPerPeriod => false;

    /// <summary>What a tenant with these terms pays at the start of each period of <paramref name="periodSeconds"/>, in cents.</summary>
    long PeriodChargeCents(TenantTerms terms, double periodSeconds) => 0;

    /// <summary>
    /// Whether the bill is settled on use when a job ends (<see cref="BillYuan"/>); otherwise the bill paid
    /// when the job was bought (price × chip-hours of work) is final.
    /// </summary>
    bool BillsOnUse => false;

    /// <summary>
    /// The final bill of a finished job, yuan: by default what was paid when it was bought. The market
    /// settles the difference with the tenant (a refund, or a further charge).
    /// </summary>
    double BillYuan(JobUsage usage) => usage.PaidYuan;

    /// <summary>
    /// The part of a paid bill (cash and voucher cents) given back when <paramref name="covered"/> of the
    /// job's <paramref name="chips"/> run on capacity the tenant already paid for.
    /// </summary>
    (long CashCents, long VoucherCents) CoveredRefund(long cashCents, long voucherCents, int covered, int chips) => (0, 0);
}
