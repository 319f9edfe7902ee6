namespace CenterSim.Model.Market;

/// <summary>
/// The compute market of a run: the accounting period (tenant budgets and voucher pools refill at
/// every period start), the provider's cost structure, an optional voucher program, and whether to
/// rerun each replication without vouchers to measure what they added.
/// </summary>
public sealed record MarketSpec(
    double PeriodSeconds,
    EconomicsSpec Economics,
    VoucherProgramSpec? Vouchers,
    bool CounterfactualNoVouchers);
