namespace CenterSim.Simulation.Market;

/// <summary>One dated flow of the book, in cents (negative for a charge given back).</summary>
public readonly record struct LedgerEntry(double Time, MoneyFlow Flow, long Cents)
{
    /// <summary>
    /// Whether the flow falls in the measurement window [start, end): as it happens, except an expiry, which closes the
    /// period before it, and a service's token bill, booked at the end of the hour it covers: those count in (start, end].
    /// </summary>
    public bool In(double start, double end) => Flow is MoneyFlow.Expired or MoneyFlow.ServingCash or MoneyFlow.ServingVoucher
        ? Time > start && Time <= end
        : Time >= start && Time < end;
}
