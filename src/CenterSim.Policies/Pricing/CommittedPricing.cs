using CenterSim.Policies.Capacity;

namespace CenterSim.Policies.Pricing;

/// <summary>
/// An on-demand price per chip-hour, and reserved chips for tenants with <c>committed_chips</c>: each
/// pays for its reserved chips every period, used or not, at <c>committed_discount</c> off the on-demand
/// price. Its jobs run on its reserved chips first at no extra charge (see <see cref="ReservationCapacityRule"/>);
/// chips beyond them are on demand.
/// </summary>
public sealed class CommittedPricing(double yuanPerChipHour, double committedDiscount) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) => yuanPerChipHour;

    /// <summary>The price of a reserved chip-hour.</summary>
    public double CommittedYuanPerChipHour => yuanPerChipHour * (1 - committedDiscount);

    public TenantTerms TermsFor(bool spot, int committedChips) => new(false, committedChips);

    public ICapacityRule? CapacityRule(IReadOnlyList<TenantTerms> tenants) =>
        new ReservationCapacityRule(tenants.Select(t => t.ReservedChips).ToArray());

    public bool ChargesPerPeriod => true;

    /// <summary>A period's commitment: reserved chips × hours × the committed price, in cents.</summary>
    public long PeriodChargeCents(TenantTerms terms, double periodSeconds) =>
        terms.ReservedChips == 0 ? 0
            : (long)Math.Round(terms.ReservedChips * periodSeconds / 3600 * CommittedYuanPerChipHour * 100, MidpointRounding.AwayFromZero);

    /// <summary>That share of the cash and of the voucher part, each rounded to the cent.</summary>
    public (long CashCents, long VoucherCents) CoveredRefund(long cashCents, long voucherCents, int covered, int chips) =>
        (Share(cashCents, covered, chips), Share(voucherCents, covered, chips));

    private static long Share(long cents, int covered, int chips) =>
        (long)Math.Round((double)cents * covered / chips, MidpointRounding.AwayFromZero);
}
