using CenterSim.Policies.Capacity;
using CenterSim.Policies.Pricing;

namespace CenterSim.Simulation.Market;

/// <summary>
/// What pricing charges every period whatever is used (reserved chips): paid at each period's start,
/// from the tenant's other funds when its budget does not cover it (a commitment is a contract); the
/// book dates each (its journal), for the window's books.
/// </summary>
public sealed class PeriodCharges(Ledger ledger, IReadOnlyList<IPricingPolicy> pricing, TenantTerms[][] terms, int tenants)
{
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
                ledger.Pay(t, cents, 0);
            }
        }
    }
}
