namespace CenterSim.Policies.Pricing;

/// <summary>Sets the price of a chip-hour from what the market sees now.</summary>
public interface IPricingPolicy
{
    double YuanPerChipHour(in PricingContext context);
}
