namespace CenterSim.Policies.Pricing;

/// <summary>
/// A base price that rises linearly with utilization (× (1 + slope·u)) plus a surcharge per waiting job,
/// so scarce capacity costs more and idle capacity less.
/// </summary>
public sealed class UtilizationDynamicPricing(double basePrice, double slope, double yuanPerQueuedJob) : IPricingPolicy
{
    public bool NeedsLoad => true;

    public double YuanPerChipHour(in PricingContext context) =>
        basePrice * (1 + slope * context.Utilization) + yuanPerQueuedJob * context.QueueLength;
}
