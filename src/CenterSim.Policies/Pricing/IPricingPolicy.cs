namespace CenterSim.Policies.Pricing;

/// <summary>Sets the price of a chip-hour from what the market sees now.</summary>
public interface IPricingPolicy
{
    double YuanPerChipHour(in PricingContext context);

    /// <summary>Whether the price reads <see cref="PricingContext.Utilization"/> or the queue, so the market must watch the load.</summary>
    bool NeedsLoad => false;

    /// <summary>The next time after <paramref name="now"/> the price drops, or +∞ when it never does on its own.</summary>
    double NextCheaperTime(double now) => double.PositiveInfinity;
}
