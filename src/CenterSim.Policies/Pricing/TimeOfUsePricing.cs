namespace CenterSim.Policies.Pricing;

/// <summary>
/// A peak price in the daily hours [peak_start_hour, peak_end_hour) and an off-peak price otherwise, like
/// an electricity tariff; tenants who can wait move to the night.
/// </summary>
public sealed class TimeOfUsePricing(double peakPrice, double offPeakPrice, double peakStartHour, double peakEndHour) : IPricingPolicy
{
    private const double Day = 86400;

    public double YuanPerChipHour(in PricingContext context) => IsPeak(context.Now) ? peakPrice : offPeakPrice;

    public double NextCheaperTime(double now)
    {
        if (!IsPeak(now) || offPeakPrice >= peakPrice)
        {
            return double.PositiveInfinity;
        }
        var dayStart = Math.Floor(now / Day) * Day;
        return dayStart + peakEndHour * 3600;
    }

    private bool IsPeak(double now)
    {
        var hour = (now % Day) / 3600;
        return hour >= peakStartHour && hour < peakEndHour;
    }
}
