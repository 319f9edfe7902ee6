using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Market;

/// <summary>Turns the market's book at the end of a run into its report; a book that does not balance fails the run.</summary>
public static class MarketPublisher
{
    /// <summary>What the market tallied besides the ledger, of measured jobs: chip-hours bought and wanted by tenant, jobs abandoned.</summary>
    public sealed record Tallies(TenantCategory[] Categories, double[] BoughtChipHours, double[] DemandChipHours, IReadOnlyList<double> BelowBreakEvenAt, long Abandoned)
    {
        public bool ChargesPerPeriod { get; init; }

        public IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> Hourly { get; init; } = Array.Empty<(double, double, double)>();

        /// <summary>The run has inference services, whose bills the report shows.</summary>
        public bool Serving { get; init; }
    }

    public static MarketReport Publish(Ledger ledger, Tallies t)
    {
        ThrowUnlessBalanced(ledger);
        var byCategory = Enum.GetValues<TenantCategory>().ToDictionary(c => c, _ => 0.0);
        for (var i = 0; i < t.Categories.Length; i++)
        {
            byCategory[t.Categories[i]] += t.BoughtChipHours[i];
        }
        return new MarketReport(ledger[LedgerAccount.Provider] / 100.0, ledger.Bills, t.BelowBreakEvenAt, t.Abandoned, byCategory, Jain(t.BoughtChipHours, t.DemandChipHours))
        {
            Journal = ledger.Journal,
            ChargesPerPeriod = t.ChargesPerPeriod,
            Hourly = t.Hourly,
            Serving = t.Serving,
        };
    }

    public static void ThrowUnlessBalanced(Ledger ledger)
    {
        var problems = ledger.Verify();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the ledger does not balance: " + string.Join("; ", problems));
        }
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
