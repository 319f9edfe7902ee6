namespace CenterSim.Policies.Pricing;

/// <summary>
/// A peak price in the daily hours [peak_start_hour, peak_end_hour) and an off-peak price otherwise, like
/// an electricity tariff; a window whose start is after its end wraps past midnight (22 to 6 is the
/// night), and equal hours mean no peak. A job is quoted the price of the hour it is bought and billed
/// for each stretch it holds chips by the hours of use: its peak seconds at the peak price, the rest
/// off-peak. Tenants who can wait move to the night.
/// </summary>
public sealed class TimeOfUsePricing(double peakPrice, double offPeakPrice, double peakStartHour, double peakEndHour) : IPricingPolicy
{
    private const double Day = 86400;
    private readonly double _start = peakStartHour * 3600;
    private readonly double _end = peakEndHour * 3600;

    public double YuanPerChipHour(in PricingContext context) => IsPeak(context.Now) ? peakPrice : offPeakPrice;

    public double NextCheaperTime(double now)
    {
        if (!IsPeak(now) || offPeakPrice >= peakPrice)
        {
            return double.PositiveInfinity;
        }
        var dayStart = Math.Floor(now / Day) * Day;
        var end = dayStart + _end;
        return end > now ? end : end + Day;
    }

    public bool BillsOnUse => true;

    public double BillYuan(JobUsage usage)
    {
        var yuan = 0.0;
        foreach (var s in usage.Stretches)
        {
            var peak = PeakSeconds(s.To) - PeakSeconds(s.From);
            yuan += s.Chips * (peak * peakPrice + (s.To - s.From - peak) * offPeakPrice) / 3600;
        }
        return yuan;
    }

    /// <summary>Peak seconds in [0, <paramref name="t"/>).</summary>
    public double PeakSeconds(double t)
    {
        var days = Math.Floor(t / Day);
        return days * PeakSecondsOfDay(Day) + PeakSecondsOfDay(t - days * Day);
    }

    /// <summary>Peak seconds in [0, x) of a day, 0 ≤ x ≤ one day.</summary>
    private double PeakSecondsOfDay(double x) => _start <= _end
        ? Math.Clamp(x - _start, 0, _end - _start)
        : Math.Min(x, _end) + Math.Max(0, x - _start);

    private bool IsPeak(double now)
    {
        var second = now - Math.Floor(now / Day) * Day;
        return _start <= _end ? second >= _start && second < _end : second >= _start || second < _end;
    }
}
