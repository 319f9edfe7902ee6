namespace CenterSim.Simulation.Market;

/// <summary>One dated flow of the book, in cents (negative for a charge given back).</summary>
public readonly record struct LedgerEntry(double Time, MoneyFlow Flow, long Cents)
{
    /// <summary>
    /// Whether the flow falls in the measurement window [start, end): as it happens, except an expiry, which closes the
    /// period before it and so counts in (start, end].
    /// </summary>
    public bool In(double start, double end) => Flow == MoneyFlow.Expired ? Time > start && Time <= end : Time >= start && Time < end;
}
