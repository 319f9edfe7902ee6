using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market.Network;

/// <summary>
/// Turns a network market's book at the end of a run into its reports: the network's (on the root
/// context) and each center's provider side (on the center's context, so its meter reports its profit
/// and break-even as a single center's would). A book that does not balance fails the run.
/// </summary>
public static class NetworkMarketPublisher
{
    /// <param name="hourly">every hour: tenants' cash in all and the providers' cumulative profit (accrual basis), yuan</param>
    public static void Publish(RunContext run, Ledger ledger, IReadOnlyList<CenterCounter> centers, NetworkMarketTallies t, long misusedCents,
        IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> hourly)
    {
        var problems = ledger.Verify();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the ledger does not balance: " + string.Join("; ", problems));
        }
        var byCategory = Enum.GetValues<TenantCategory>().ToDictionary(c => c, c => t.SoldAt.Sum(s => s[c]));
        var whole = new MarketReport(
            ProfitYuan: ledger[LedgerAccount.Provider] / 100.0,
            RevenueCashYuan: ledger.CashRevenueCents / 100.0,
            VoucherIssuedYuan: ledger.IssuedCents / 100.0,
            VoucherRedeemedYuan: (ledger.RedeemedCents + ledger.TransferVoucherCents) / 100.0,
            VoucherExpiredYuan: t.ExpiredCents / 100.0,
            VoucherMisusedYuan: misusedCents / 100.0,
            VoucherClawedBackYuan: ledger.ClawedBackCents / 100.0,
            AuditCostYuan: ledger[LedgerAccount.AuditCost] / 100.0,
            EnergyCostYuan: ledger[LedgerAccount.EnergySupplier] / 100.0,
            CapitalCostYuan: ledger[LedgerAccount.CapitalAmortization] / 100.0,
            OperationsCostYuan: ledger[LedgerAccount.Operations] / 100.0,
            BreakEvenUtilization: double.NaN,
            PeriodsBelowBreakEven: centers.Sum(c => c.Books.PeriodsBelowBreakEven),
            JobsAbandoned: t.AbandonedAt.Sum(),
            ChipHoursByCategory: byCategory,
            FairnessJain: MarketPublisher.Jain(t.BoughtChipHours, t.DemandChipHours))
        {
            Hourly = hourly,
            CommittedRevenueYuan = centers.Any(c => c.ChargesPerPeriod) ? centers.Sum(c => c.Charges.TotalCents) / 100.0 : null,
            PeriodCharges = centers.SelectMany(c => c.Charges.Charges).OrderBy(c => c.Time).ToArray(),
        };
        run.NetworkMarket = new NetworkMarketReport(whole, t.DomesticChipHours, t.AwayChipHours, t.BoughtByHome, t.AwayByHome,
            centers.Select(c => ledger.VoucherSpentAt(c.Index) / 100.0).ToArray(), ledger.TransferCashCents / 100.0, ledger.TransferVoucherCents / 100.0);
        foreach (var c in centers)
        {
            // The provider side only: the tenants' money (awards, expiry, fairness) is the network's.
            run.Centers[c.Index].MarketReport = new MarketReport(
                ProfitYuan: ledger.ProviderOf(c.Index) / 100.0,
                RevenueCashYuan: double.NaN,
                VoucherIssuedYuan: double.NaN,
                VoucherRedeemedYuan: ledger.VoucherSpentAt(c.Index) / 100.0,
                VoucherExpiredYuan: double.NaN,
                VoucherMisusedYuan: double.NaN,
                VoucherClawedBackYuan: double.NaN,
                AuditCostYuan: double.NaN,
                EnergyCostYuan: double.NaN,
                CapitalCostYuan: double.NaN,
                OperationsCostYuan: double.NaN,
                BreakEvenUtilization: double.NaN,
                PeriodsBelowBreakEven: c.Books.PeriodsBelowBreakEven,
                JobsAbandoned: t.AbandonedAt[c.Index],
                ChipHoursByCategory: t.SoldAt[c.Index],
                FairnessJain: double.NaN)
            {
                CommittedRevenueYuan = c.ChargesPerPeriod ? c.Charges.TotalCents / 100.0 : null,
                PeriodCharges = c.Charges.Charges,
            };
        }
    }
}
