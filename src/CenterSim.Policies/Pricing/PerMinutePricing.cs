namespace CenterSim.Policies.Pricing;

/// <summary>
/// Billed by the minute of use: a job pays for every started minute it holds its chips, at the price per
/// chip-hour. It prepays price × chip-hours when bought, and the bill is settled when it ends, so slow
/// placements, throttling and restarts after preemptions or failures are paid for, while a job that
/// holds its chips for less than it bought is refunded. Give each pool its own price with the pool's
/// <c>pricing</c>.
/// </summary>
public sealed class PerMinutePricing(double yuanPerChipHour) : IPricingPolicy
{
    public double YuanPerChipHour(in PricingContext context) => yuanPerChipHour;

    public bool BillsOnUse => true;

    public double BillYuan(JobUsage usage)
    {
        var chipMinutes = 0.0;
        foreach (var s in usage.Stretches)
        {
            chipMinutes += Math.Ceiling((s.To - s.From) / 60 - 1e-9) * s.Chips;
        }
        return chipMinutes * yuanPerChipHour / 60;
    }
}
