using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Market;

/// <summary>
/// What the market's book says at the end of a run (whole run, warm-up included, since money moved then
/// too), plus the measured jobs tenants abandoned.
/// </summary>
public sealed record MarketReport(
    double ProfitYuan,
    double RevenueCashYuan,
    double VoucherIssuedYuan,
    double VoucherRedeemedYuan,
    double VoucherExpiredYuan,
    double VoucherMisusedYuan,
    double VoucherClawedBackYuan,
    double AuditCostYuan,
    double EnergyCostYuan,
    double CapitalCostYuan,
    double OperationsCostYuan,
    double BreakEvenUtilization,
    int PeriodsBelowBreakEven,
    long JobsAbandoned,
    IReadOnlyDictionary<TenantCategory, double> ChipHoursByCategory,
    double FairnessJain)
{
    public double TotalChipHours => ChipHoursByCategory.Values.Sum();

    /// <summary>Pricing committed: what tenants paid for their reserved chips (already in the cash revenue); null otherwise.</summary>
    public double? CommittedRevenueYuan { get; init; }

    /// <summary>Inference services' token bills settled through the market (in the revenue), and the part vouchers paid; null without services.</summary>
    public double? ServingBilledYuan { get; init; }

    public double? ServingVoucherYuan { get; init; }

    /// <summary>Every period charge (reserved chips) as it was paid: when, and how much in all.</summary>
    public IReadOnlyList<(double Time, double Yuan)> PeriodCharges { get; init; } = Array.Empty<(double, double)>();

    /// <summary>Every hour: tenants' cash in all and the provider's cumulative profit (accrual basis), yuan.</summary>
    public IReadOnlyList<(double Time, double TenantCashYuan, double ProfitYuan)> Hourly { get; init; } = Array.Empty<(double, double, double)>();
}
