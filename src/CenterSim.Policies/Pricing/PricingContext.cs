namespace CenterSim.Policies.Pricing;

/// <summary>
/// What a pricing policy may look at when a job is priced: the time and the job's size; in a market run
/// also the center's full cost of a chip-hour at full use, the recent utilization and the queue length,
/// and whether the buyer takes preemptible capacity.
/// </summary>
public readonly record struct PricingContext(double Now, int Chips, double ChipHours)
{
    /// <summary>Energy (at peak power) + capital amortization + operations per chip-hour, yuan.</summary>
    public double CostYuanPerChipHour { get; init; }

    /// <summary>Share of chips allocated over the last posted-price hour (0..1).</summary>
    public double Utilization { get; init; }

    /// <summary>Jobs waiting in the queue at the last posted-price hour.</summary>
    public int QueueLength { get; init; }

    /// <summary>The buyer's terms make its jobs preemptible (see <see cref="Capacity.TenantTerms"/>).</summary>
    public bool Preemptible { get; init; }
}
