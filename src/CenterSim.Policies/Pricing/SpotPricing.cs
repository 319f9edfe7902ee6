using CenterSim.Policies.Capacity;

namespace CenterSim.Policies.Pricing;

/// <summary>
/// An on-demand price per chip-hour, and a spot price <c>spot_discount</c> below it for the tenants that
/// buy spot (tenant key <c>spot: true</c>). Spot jobs are preemptible: the scheduler takes their chips
/// back when an on-demand job waits for them (see <see cref="SpotCapacityRule"/>).
/// </summary>
public sealed class SpotPricing(double yuanPerChipHour, double spotDiscount) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) =>
        context.Preemptible ? yuanPerChipHour * (1 - spotDiscount) : yuanPerChipHour;

    public TenantTerms TermsFor(bool spot, int committedChips) => new(spot, 0);

    public ICapacityRule? CapacityRule(IReadOnlyList<TenantTerms> tenants) => new SpotCapacityRule();
}
