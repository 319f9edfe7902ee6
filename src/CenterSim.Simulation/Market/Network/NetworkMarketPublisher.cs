using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// Turns a network market's book at the end of a run into its reports: the network's (on the root
/// context) and each center's provider side (on the center's context, so its meter reports its profit,
/// break-even and the bills of its measured jobs as a single center's would). A book that does not balance fails the run.
/// </summary>
public static class NetworkMarketPublisher
{
    /// <param name="hourly">every hour: tenants' cash in all and the providers' cumulative profit (accrual basis), yuan</param>
    public static void Publish(RunContext run, Ledger ledger, IReadOnlyList<CenterCounter> centers, NetworkMarketTallies t,
        IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> hourly)
    {
        MarketPublisher.ThrowUnlessBalanced(ledger);
        var byCategory = Enum.GetValues<TenantCategory>().ToDictionary(c => c, c => t.SoldAt.Sum(s => s[c]));
        var whole = new MarketReport(ledger[LedgerAccount.Provider] / 100.0, ledger.Bills, centers.SelectMany(c => c.Books.BelowBreakEvenAt).ToArray(),
            t.AbandonedAt.Sum(), byCategory, MarketPublisher.Jain(t.BoughtChipHours, t.DemandChipHours))
        {
            Journal = ledger.Journal,
            Hourly = hourly,
            ChargesPerPeriod = centers.Any(c => c.ChargesPerPeriod),
        };
        run.NetworkMarket = new NetworkMarketReport(whole, t.DomesticChipHours, t.AwayChipHours, t.BoughtByHome, t.AwayByHome);
        foreach (var c in centers)
        {
            // The provider side only: the tenants' money (awards, expiry, fairness) is the network's.
            run.Centers[c.Index].MarketReport = new MarketReport(ledger.ProviderOf(c.Index) / 100.0, ledger.Bills, c.Books.BelowBreakEvenAt,
                t.AbandonedAt[c.Index], t.SoldAt[c.Index], double.NaN)
            {
                // The center's own dated flows: the charges for chips reserved there.
                Journal = c.Charges.Entries,
                ChargesPerPeriod = c.ChargesPerPeriod,
            };
        }
    }
}
