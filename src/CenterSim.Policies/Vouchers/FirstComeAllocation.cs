namespace CenterSim.Policies.Vouchers;

/// <summary>
/// First come, first served: nothing is divided up front; a tenant's first purchase in a period claims
/// the cap (or what is left), so early, frequent buyers get the pool.
/// </summary>
public sealed class FirstComeAllocation : IVoucherAllocation
{
    public bool OnDemand => true;

    public void Allocate(VoucherAllocationContext context, long[] awards) => Array.Clear(awards);
}
