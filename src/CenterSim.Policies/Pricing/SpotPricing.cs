namespace CenterSim.Policies.Pricing;

/// <summary>
/// An on-demand price per chip-hour, and a spot price <c>spot_discount</c> below it for the tenants that
/// buy spot (tenant key <c>spot: true</c>). Spot jobs are preemptible: the scheduler takes their chips
/// back when an on-demand job waits for them (see <see cref="SpotPreemption"/>).
/// </summary>
public sealed class SpotPricing(double yuanPerChipHour, double spotDiscount) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) => yuanPerChipHour;

    /// <summary>The discounted price a spot job pays.</summary>
    public double SpotYuanPerChipHour => yuanPerChipHour * (1 - spotDiscount);
}
