namespace CenterSim.Simulation.Actors;

public static class VoucherAgencyProtocol
{
    /// <summary>A period opens; per tenant, how many of its voucher-funded jobs completed since the last one.</summary>
    public sealed record PeriodOpened(int Period, int[] FundedJobsCompleted);

    /// <summary>
    /// The agency's awards for the period (cents per tenant), or with <see cref="OnDemandPoolCents"/> &gt; 0 a
    /// pool tenants claim as they first buy. Misuse and audit outcomes are drawn per tenant up front.
    /// </summary>
    public sealed record Awards(int Period, long[] AwardCents, long OnDemandPoolCents, long CapCents, bool[] Misuses, bool[] Detected, long AuditCostCents);
}
