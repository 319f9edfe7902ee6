using Akka.Actor;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Scheduling;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The scheduler's part in committed pricing: chips reserved per tenant, held by an admission rule on
/// chip counts. A job may start only if the chips left free afterwards still cover every tenant's unused
/// reservation; its own tenant's unused reserved chips are its to take first. Which servers the reserved
/// chips are on is not fixed, so a reserved gang may still wait for room on one server. The share of a
/// job on reserved chips is fixed at its first start and given back from its bill. Without committed
/// pricing none of this runs.
/// </summary>
public sealed partial class SchedulerActor
{
    private const string CommittedPricingName = "committed";

    private readonly int[]? _reserved;
    private readonly int[]? _reservedInUse;
    private int _reservedUsedChips;
    private double _reservedUsedChipSeconds;

    private static int[]? ReservationsOf(Model.Scenario.ScenarioSpec spec)
    {
        if (spec.Policies.Pricing.Name != CommittedPricingName)
        {
            return null;
        }
        var reserved = new int[spec.Tenants.Sum(g => g.Count) + (spec.Trace?.Tenants.Count ?? 0)];
        var i = 0;
        foreach (var group in spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++, i++)
            {
                reserved[i] = group.Market?.CommittedChips ?? 0;
            }
        }
        return reserved;
    }

    /// <summary>Chips of the job that would run on its tenant's unused reservation if it started now.</summary>
    private int CoveredChips(Job job)
    {
        var t = job.Tenant.Index;
        return Math.Min(job.Chips, Math.Max(0, _reserved![t] - _reservedInUse![t]));
    }

    /// <summary>The admission rule: after the start, free chips still cover all unused reservations.</summary>
    private bool MayStartUnderReservations(IJobView view)
    {
        var job = (Job)view;
        var idle = 0;
        for (var t = 0; t < _reserved!.Length; t++)
        {
            idle += Math.Max(0, _reserved[t] - _reservedInUse![t]);
        }
        return _book.TotalFree - job.Chips >= idle - CoveredChips(job);
    }

    /// <summary>A job takes its tenant's unused reserved chips first; at its first start that share of its bill is given back.</summary>
    private void TakeReserved(Job job, bool firstStart)
    {
        var covered = CoveredChips(job);
        job.ReservedChips = covered;
        _reservedInUse![job.Tenant.Index] += covered;
        _reservedUsedChips += covered;
        if (!firstStart || covered == 0)
        {
            return;
        }
        var (cash, voucher) = CommittedPricing.Refund(job.PaidCashCents, job.PaidVoucherCents, covered, job.Chips);
        job.CostYuan = (job.PaidCashCents + job.PaidVoucherCents - cash - voucher) / 100.0;
        Run.Directory.Market.Tell(new MarketProtocol.Covered(job, covered, cash, voucher));
    }

    private void ReleaseReserved(Job job)
    {
        _reservedInUse![job.Tenant.Index] -= job.ReservedChips;
        _reservedUsedChips -= job.ReservedChips;
        job.ReservedChips = 0;
    }
}
