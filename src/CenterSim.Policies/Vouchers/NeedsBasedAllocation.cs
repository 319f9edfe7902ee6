namespace CenterSim.Policies.Vouchers;

/// <summary>The pool split equally among eligible tenants whose cash budget per period is below a threshold.</summary>
public sealed class NeedsBasedAllocation(double thresholdYuan) : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards) =>
        Awards.ByWeight(context, context.Applicants.Select(a => a.Eligible && a.BudgetYuanPerPeriod < thresholdYuan ? 1.0 : 0.0).ToArray(), awards);
}
