namespace CenterSim.Simulation.Market;

/// <summary>
/// The provider's costs booked into the ledger: energy (the meter's electricity bill since the last
/// booking: facility energy at its PUE, load-dependent or not, and at its tariff, time-of-use or flat),
/// capital amortization and operations for the time since; and when periods ended with the provider
/// poorer than it began them. In a network market each center has books of its own (<paramref name="center"/>).
/// </summary>
public sealed class ProviderBooks(Ledger ledger, CostModel costs, int center = 0)
{
    private double _lastBookedTime;
    private double _lastEnergyYuan;
    private long _providerAtPeriodStart;

    private readonly List<double> _belowBreakEvenAt = new();

    /// <summary>When each booking that ended a period poorer than it began was made.</summary>
    public IReadOnlyList<double> BelowBreakEvenAt => _belowBreakEvenAt;

    /// <param name="energyYuan">the meter's electricity bill since time 0</param>
    /// <summary>The provider's profit so far on an accrual basis: its balance less the costs incurred since the last booking.</summary>
    public double AccruedProfitYuan(double now, double energyYuan) =>
        ledger.ProviderOf(center) / 100.0 - (energyYuan - _lastEnergyYuan) - (costs.CapitalYuanPerSecond + costs.OperationsYuanPerSecond) * (now - _lastBookedTime);

    public void Book(double now, double energyYuan)
    {
        var dt = now - _lastBookedTime;
        ledger.ProviderPays(LedgerAccount.EnergySupplier, Ledger.ToCents(energyYuan) - Ledger.ToCents(_lastEnergyYuan), center);
        ledger.ProviderPays(LedgerAccount.CapitalAmortization, Ledger.ToCents(costs.CapitalYuanPerSecond * dt), center);
        ledger.ProviderPays(LedgerAccount.Operations, Ledger.ToCents(costs.OperationsYuanPerSecond * dt), center);
        _lastBookedTime = now;
        _lastEnergyYuan = energyYuan;
        if (dt > 0 && ledger.ProviderOf(center) < _providerAtPeriodStart)
        {
            _belowBreakEvenAt.Add(now);
        }
        _providerAtPeriodStart = ledger.ProviderOf(center);
    }
}
