using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Market;

/// <summary>Turns the market's book at the end of a run into its report; a book that does not balance fails the run.</summary>
public static class MarketPublisher
{
    /// <summary>What the market tallied besides the ledger.</summary>
    public sealed record Tallies(
        TenantCategory[] Categories, double[] BoughtChipHours, double[] DemandChipHours, long ExpiredCents, long MisusedCents,
        int PeriodsBelowBreakEven, long Abandoned, long? CommittedCents)
    {
        public IReadOnlyList<(double Time, double Yuan)> PeriodCharges { get; init; } = Array.Empty<(double, double)>();

        public IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> Hourly { get; init; } = Array.Empty<(double, double, double)>();

        /// <summary>The run has inference services, whose bills the report shows.</summary>
        public bool Serving { get; init; }
    }

    public static MarketReport Publish(Ledger ledger, CostModel costs, Tallies t)
    {
        var problems = ledger.Verify();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the ledger does not balance: " + string.Join("; ", problems));
        }
        var byCategory = Enum.GetValues<TenantCategory>().ToDictionary(c => c, _ => 0.0);
        for (var i = 0; i < t.Categories.Length; i++)
        {
            byCategory[t.Categories[i]] += t.BoughtChipHours[i];
        }
        var sold = t.BoughtChipHours.Sum();
        // Revenue per chip-hour sold: of chip-hour bills, without the services' token bills.
        var revenue = (ledger.CashRevenueCents + ledger.RedeemedCents - ledger.ServingCents) / 100.0;
        return new MarketReport(
            ProfitYuan: ledger[LedgerAccount.Provider] / 100.0,
            RevenueCashYuan: ledger.CashRevenueCents / 100.0,
            VoucherIssuedYuan: ledger.IssuedCents / 100.0,
            VoucherRedeemedYuan: ledger.RedeemedCents / 100.0,
            VoucherExpiredYuan: t.ExpiredCents / 100.0,
            VoucherMisusedYuan: t.MisusedCents / 100.0,
            VoucherClawedBackYuan: ledger.ClawedBackCents / 100.0,
            AuditCostYuan: ledger[LedgerAccount.AuditCost] / 100.0,
            EnergyCostYuan: ledger[LedgerAccount.EnergySupplier] / 100.0,
            CapitalCostYuan: ledger[LedgerAccount.CapitalAmortization] / 100.0,
            OperationsCostYuan: ledger[LedgerAccount.Operations] / 100.0,
            BreakEvenUtilization: costs.BreakEvenUtilization(sold > 0 ? revenue / sold : double.NaN),
            PeriodsBelowBreakEven: t.PeriodsBelowBreakEven,
            JobsAbandoned: t.Abandoned,
            ChipHoursByCategory: byCategory,
            FairnessJain: Jain(t.BoughtChipHours, t.DemandChipHours))
        {
            CommittedRevenueYuan = t.CommittedCents / 100.0,
            PeriodCharges = t.PeriodCharges,
            Hourly = t.Hourly,
            ServingBilledYuan = t.Serving ? ledger.ServingCents / 100.0 : null,
            ServingVoucherYuan = t.Serving ? ledger.ServingVoucherCents / 100.0 : null,
        };
    }

    /// <summary>Jain's index of the share of its demanded chip-hours each tenant got: 1 when all got the same share.</summary>
    public static double Jain(IReadOnlyList<double> got, IReadOnlyList<double> wanted)
    {
        double sum = 0, squares = 0;
        var n = 0;
        for (var i = 0; i < got.Count; i++)
        {
            if (wanted[i] <= 0)
            {
                continue;
            }
            var x = got[i] / wanted[i];
            sum += x;
            squares += x * x;
            n++;
        }
        return squares > 0 ? sum * sum / (n * squares) : double.NaN;
    }
}
