namespace CenterSim.Policies.Pricing;

/// <summary>
/// The center's full cost of a chip-hour (energy at peak power, capital amortization, operations) plus a margin.
/// </summary>
public sealed class CostPlusPricing(double margin) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) => context.CostYuanPerChipHour * (1 + margin);
}
