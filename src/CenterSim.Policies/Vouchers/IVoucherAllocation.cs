namespace CenterSim.Policies.Vouchers;

/// <summary>
/// Divides a voucher pool among tenants at a period start. Awards are whole cents, never above the cap,
/// and never sum above the pool (what is not awarded stays with the agency).
/// </summary>
public interface IVoucherAllocation
{
    /// <summary>Fills <paramref name="awards"/> (one entry per applicant, cents).</summary>
    void Allocate(VoucherAllocationContext context, long[] awards);

    /// <summary>
    /// True when the pool is not divided up front but claimed by tenants as they first buy in a period
    /// (each claim is the cap or what is left).
    /// </summary>
    bool OnDemand => false;
}
