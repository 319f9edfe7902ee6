namespace CenterSim.Policies.Vouchers;

/// <summary>
/// One period's allocation: the pool and the cap per tenant in cents (long.MaxValue: no cap), the
/// applicants in tenant order and a uniform [0,1) source for policies that draw lots.
/// </summary>
public sealed record VoucherAllocationContext(long PoolCents, long CapCents, IReadOnlyList<VoucherApplicant> Applicants, Func<double> NextUniform);
