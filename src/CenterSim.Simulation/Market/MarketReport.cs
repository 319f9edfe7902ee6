using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Market;

/// <summary>
/// What the market's book says at the end of a run: the whole run's provider balance (warm-up included,
/// since money moved then too), every job's bill, the dated flows that are not bills, when the provider
/// ended a period poorer than it began it, and the measured jobs' tallies (abandoned, chip-hours bought
/// and wanted). The metrics take the measurement window's share of it (<see cref="MarketMetrics"/>).
/// </summary>
public sealed record MarketReport(
    double ProfitYuan,
    IReadOnlyDictionary<long, JobBill> Bills,
    IReadOnlyList<double> BelowBreakEvenAt,
    long JobsAbandoned,
    IReadOnlyDictionary<TenantCategory, double> ChipHoursByCategory,
    double FairnessJain)
{
    public double TotalChipHours => ChipHoursByCategory.Values.Sum();

    /// <summary>The book's dated flows; null for a network's center, whose tenants' money is the network's book.</summary>
    public IReadOnlyList<LedgerEntry>? Journal { get; init; }

    /// <summary>Whether the pricing charges every period (reserved chips): then <c>committed_revenue_yuan</c> is reported.</summary>
    public bool ChargesPerPeriod { get; init; }

    /// <summary>Whether the run has inference services, whose token bills the book dates as their own flows.</summary>
    public bool Serving { get; init; }

    /// <summary>Every hour: tenants' cash in all and the provider's cumulative profit (accrual basis), yuan.</summary>
    public IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> Hourly { get; init; } = Array.Empty<(double, double, double)>();

    /// <summary>A dated flow's yuan in the measurement window (<see cref="LedgerEntry.In"/>); NaN without a journal.</summary>
    public double FlowYuan(MoneyFlow flow, double start, double end) =>
        Journal is null ? double.NaN : Journal.Where(e => e.Flow == flow && e.In(start, end)).Sum(e => e.Cents) / 100.0;

    /// <summary>The bills of these jobs added up.</summary>
    public JobBill BillsOf(IEnumerable<long> jobs) => jobs.Aggregate(default(JobBill), (sum, job) => sum + Bills.GetValueOrDefault(job));
}
