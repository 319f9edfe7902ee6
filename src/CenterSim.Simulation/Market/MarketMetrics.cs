using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Metrics;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// The market's metrics over the measurement window [start, end), on the footing of <c>revenue_yuan</c>: a
/// bill follows its job (the measured jobs' bills, whole, net of refunds and settlements, split as the book
/// took them into cash and vouchers), the other flows fall in the window by their date (<see cref="LedgerEntry.In"/>),
/// so <c>revenue_cash_yuan</c> + <c>voucher_redeemed_yuan</c> = <c>provider_revenue_yuan</c> (inference services'
/// token bills included, by the hour they cover) (less, in a
/// network, the voucher money that paid transfer fees). The provider's profit and costs are
/// <see cref="ProviderWindow"/>'s. <c>chip_hours_by_category</c> is an object in the issue; run metrics are
/// flat numbers, so it is written as <c>chip_hours_by_category.&lt;category&gt;</c>.
/// </summary>
public static class MarketMetrics
{
    /// <summary>Categories counted in <c>sme_share</c>: the price-sensitive small users.</summary>
    public static readonly TenantCategory[] SmallUsers = { TenantCategory.Startup, TenantCategory.Sme, TenantCategory.University, TenantCategory.Research };

    /// <param name="bills">the measured jobs' bills, as <c>revenue_yuan</c> counts those jobs</param>
    public static IEnumerable<Metric> From(MarketReport m, JobBill bills, double start, double end)
    {
        var total = m.TotalChipHours;
        var charges = (Cash: Charge(m, MoneyFlow.ChargeCash, start, end), Voucher: Charge(m, MoneyFlow.ChargeVoucher, start, end));
        var serving = (Cash: Charge(m, MoneyFlow.ServingCash, start, end), Voucher: Charge(m, MoneyFlow.ServingVoucher, start, end));
        yield return new("periods_below_break_even", m.BelowBreakEvenAt.Count(t => t > start && t <= end));
        yield return new("revenue_cash_yuan", bills.CashCents / 100.0 + charges.Cash + serving.Cash);
        yield return new("voucher_issued_yuan", m.FlowYuan(MoneyFlow.Issued, start, end));
        yield return new("voucher_redeemed_yuan", (bills.VoucherCents + bills.TransferVoucherCents) / 100.0 + charges.Voucher + serving.Voucher);
        yield return new("voucher_expired_yuan", m.FlowYuan(MoneyFlow.Expired, start, end));
        yield return new("voucher_misused_yuan", m.FlowYuan(MoneyFlow.Misused, start, end));
        yield return new("voucher_clawed_back_yuan", m.FlowYuan(MoneyFlow.ClawedBack, start, end));
        yield return new("audit_cost_yuan", m.FlowYuan(MoneyFlow.AuditCost, start, end));
        yield return new("jobs_abandoned", m.JobsAbandoned);
        yield return new("chip_hours_sold", total);
        foreach (var (category, hours) in m.ChipHoursByCategory)
        {
            yield return new("chip_hours_by_category." + CategoryName(category), hours);
        }
        yield return new("sme_share", total > 0 ? SmallUsers.Sum(c => m.ChipHoursByCategory[c]) / total : double.NaN);
        yield return new("fairness_jain", m.FairnessJain);
        if (m.Serving)
        {
            yield return new("serving_billed_yuan", serving.Cash + serving.Voucher);
            yield return new("serving_voucher_yuan", serving.Voucher);
        }
        if (m.ChargesPerPeriod)
        {
            yield return new("committed_revenue_yuan", charges.Cash + charges.Voucher);
        }
    }

    /// <summary>The window's charges not for a job (periods starting in it, services' hours ending in it); none where the book is a network's.</summary>
    private static double Charge(MarketReport m, MoneyFlow flow, double start, double end) => m.Journal is null ? 0 : m.FlowYuan(flow, start, end);

    /// <summary>YAML name of a category (key_project, not KeyProject).</summary>
    public static string CategoryName(TenantCategory category) => category switch
    {
        TenantCategory.KeyProject => "key_project",
        _ => category.ToString().ToLowerInvariant(),
    };
}
