using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;

namespace CenterSim.Simulation.Market;

/// <summary>
/// What pricing charges every period whatever is used (reserved chips): paid at each period's start,
/// from the tenant's other funds when its budget does not cover it (a commitment is a contract); the
/// book dates each (its journal), for the window's books. In a network each center charges for the chips
/// reserved there and keeps its own charges dated (<see cref="Entries"/>), since the network's journal does
/// not say which center a flow went to.
/// </summary>
public sealed class PeriodCharges(Ledger ledger, IReadOnlyList<IPricingPolicy> pricing, TenantTerms[][] terms, int tenants, int center = 0)
{
    private readonly List<LedgerEntry> _entries = new();

    /// <summary>Every charge as it was paid, dated (all cash: a commitment is not paid by vouchers).</summary>
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Charges the period now starting; nothing for a period that starts as a fixed-length run ends.</summary>
    public void Pay(double now, double periodSeconds, double runEnd)
    {
        if (now >= runEnd)
        {
            return;
        }
        for (var p = 0; p < pricing.Count; p++)
        {
            if (!pricing[p].ChargesPerPeriod)
            {
                continue;
            }
            for (var t = 0; t < tenants; t++)
            {
                var cents = pricing[p].PeriodChargeCents(terms[p][t], periodSeconds);
                if (cents == 0)
                {
                    continue;
                }
                if (ledger.CashOf(t) < cents)
                {
                    ledger.Fund(t, cents - ledger.CashOf(t));
                }
                ledger.Pay(t, cents, 0, center: center);
                _entries.Add(new LedgerEntry(now, MoneyFlow.ChargeCash, cents));
            }
        }
    }
}
