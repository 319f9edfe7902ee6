using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Metrics;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// The market's metrics from its report: the whole run's flows of money (vouchers, cash); the provider's
/// profit and costs over the measurement window are <see cref="ProviderWindow"/>'s. <c>chip_hours_by_category</c> is an object in the issue; run
/// metrics are flat numbers, so it is written as <c>chip_hours_by_category.&lt;category&gt;</c>.
/// </summary>
public static class MarketMetrics
{
    /// <summary>Categories counted in <c>sme_share</c>: the price-sensitive small users.</summary>
    public static readonly TenantCategory[] SmallUsers = { TenantCategory.Startup, TenantCategory.Sme, TenantCategory.University, TenantCategory.Research };

    public static IEnumerable<Metric> From(MarketReport m)
    {
        var total = m.TotalChipHours;
        yield return new("periods_below_break_even", m.PeriodsBelowBreakEven);
        yield return new("revenue_cash_yuan", m.RevenueCashYuan);
        yield return new("voucher_issued_yuan", m.VoucherIssuedYuan);
        yield return new("voucher_redeemed_yuan", m.VoucherRedeemedYuan);
        yield return new("voucher_expired_yuan", m.VoucherExpiredYuan);
        yield return new("voucher_misused_yuan", m.VoucherMisusedYuan);
        yield return new("voucher_clawed_back_yuan", m.VoucherClawedBackYuan);
        yield return new("audit_cost_yuan", m.AuditCostYuan);
        yield return new("jobs_abandoned", m.JobsAbandoned);
        yield return new("chip_hours_sold", total);
        foreach (var (category, hours) in m.ChipHoursByCategory)
        {
            yield return new("chip_hours_by_category." + CategoryName(category), hours);
        }
        yield return new("sme_share", total > 0 ? SmallUsers.Sum(c => m.ChipHoursByCategory[c]) / total : double.NaN);
        yield return new("fairness_jain", m.FairnessJain);
        if (m.ServingBilledYuan is { } billed)
        {
            yield return new("serving_billed_yuan", billed);
            yield return new("serving_voucher_yuan", m.ServingVoucherYuan ?? 0);
        }
        if (m.CommittedRevenueYuan is { } committed)
        {
            yield return new("committed_revenue_yuan", committed);
        }
    }

    /// <summary>YAML name of a category (key_project, not KeyProject).</summary>
    public static string CategoryName(TenantCategory category) => category switch
    {
        TenantCategory.KeyProject => "key_project",
        _ => category.ToString().ToLowerInvariant(),
    };
}
