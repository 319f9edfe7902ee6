namespace CenterSim.Simulation.Market;

/// <summary>
/// The provider's costs booked into the ledger: energy (IT energy metered since the last booking, through
/// the cost model), capital amortization and operations for the time since; and how many periods ended
/// with the provider poorer than it began them.
/// </summary>
public sealed class ProviderBooks(Ledger ledger, CostModel costs)
{
    private double _lastBookedTime;
    private double _lastItJoules;
    private long _providerAtPeriodStart;

    public int PeriodsBelowBreakEven { get; private set; }

    public void Book(double now, double itJoules)
    {
        var dt = now - _lastBookedTime;
        ledger.ProviderPays(LedgerAccount.EnergySupplier, Ledger.ToCents(costs.EnergyYuan(itJoules - _lastItJoules)));
        ledger.ProviderPays(LedgerAccount.CapitalAmortization, Ledger.ToCents(costs.CapitalYuanPerSecond * dt));
        ledger.ProviderPays(LedgerAccount.Operations, Ledger.ToCents(costs.OperationsYuanPerSecond * dt));
        _lastBookedTime = now;
        _lastItJoules = itJoules;
        if (dt > 0 && ledger[LedgerAccount.Provider] < _providerAtPeriodStart)
        {
            PeriodsBelowBreakEven++;
        }
        _providerAtPeriodStart = ledger[LedgerAccount.Provider];
    }
}
