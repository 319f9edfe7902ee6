using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Vouchers;

/// <summary>
/// A tenant as the issuing agency sees it at a period start: category, whether the program's rules admit
/// it, its cash budget per period (+∞ when unknown) and the merit points its completed funded jobs earned.
/// </summary>
public readonly record struct VoucherApplicant(TenantCategory Category, bool Eligible, double BudgetYuanPerPeriod, int MeritPoints);
