namespace CenterSim.Policies.Vouchers;

/// <summary>No vouchers are awarded: the baseline.</summary>
public sealed class NoVoucherAllocation : IVoucherAllocation
{
    public void Allocate(VoucherAllocationContext context, long[] awards) => Array.Clear(awards);
}
