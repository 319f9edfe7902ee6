namespace CenterSim.Policies.Pricing;

/// <summary>One price per chip-hour, whatever the load or time.</summary>
public sealed class FixedPricing(double yuanPerChipHour) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) => yuanPerChipHour;
}
