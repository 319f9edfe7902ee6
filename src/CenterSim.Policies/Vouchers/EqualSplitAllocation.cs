namespace CenterSim.Policies.Vouchers;

/// <summary>The pool split equally among eligible tenants, each share capped.</summary>
public sealed class EqualSplitAllocation : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards) =>
        Awards.ByWeight(context, context.Applicants.Select(a => a.Eligible ? 1.0 : 0.0).ToArray(), awards);
}
