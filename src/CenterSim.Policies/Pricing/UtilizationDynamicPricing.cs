namespace CenterSim.Policies.Pricing;

/// <summary>
/// A base price that rises linearly with utilization (× (1 + slope·u)) plus a surcharge per waiting job,
/// so scarce capacity costs more and idle capacity less. The price is reposted every hour from the load
/// of the hour before; a job is billed for each stretch it holds chips at the price in force during it.
/// </summary>
public sealed class UtilizationDynamicPricing(double basePrice, double slope, double yuanPerQueuedJob) : IPricingPolicy
{
    public bool NeedsLoad => true;

    public double YuanPerChipHour(in PricingContext context) => Price(context.Utilization, context.QueueLength);

    public bool BillsOnUse => true;

    public double BillYuan(JobUsage usage)
    {
        var yuan = 0.0;
        foreach (var s in usage.Stretches)
        {
            foreach (var piece in usage.Load.Over(s.From, s.To))
            {
                yuan += Price(piece.Utilization, piece.QueueLength) * s.Chips * (piece.To - piece.From) / 3600;
            }
        }
        return yuan;
    }

    private double Price(double utilization, int queueLength) => basePrice * (1 + slope * utilization) + yuanPerQueuedJob * queueLength;
}
