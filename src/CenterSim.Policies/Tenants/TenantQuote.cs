namespace CenterSim.Policies.Tenants;

/// <summary>
/// Everything a tenant weighs for one job: the posted price and when it next drops, the voucher share
/// and balance, its cash, what the job is worth to it per chip-hour, whether it can run on the center's
/// ecosystem and at what porting effort, and how long it has already waited.
/// </summary>
public readonly record struct TenantQuote(
    double Now,
    double SubmitTime,
    double ChipHours,
    double PriceYuanPerChipHour,
    double NextCheaperTime,
    double VoucherShare,
    double VoucherYuan,
    double CashYuan,
    double WillingnessYuanPerChipHour,
    bool CanRun,
    double PortingCostShare,
    double PatienceHours,
    double MinShrinkShare);
