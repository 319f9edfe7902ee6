namespace CenterSim.Policies.Vouchers;

/// <summary>
/// The pool split among eligible tenants in proportion to 1 + bonus × points, where a tenant earns a
/// point for every voucher-funded job that completed: funded work that succeeds raises the next award.
/// </summary>
public sealed class MeritRebateAllocation(double pointsBonus) : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards) =>
        Awards.ByWeight(context, context.Applicants.Select(a => a.Eligible ? 1 + pointsBonus * a.MeritPoints : 0.0).ToArray(), awards);
}
