using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Units;
using CenterSim.Policies.Vouchers;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The agency issuing a voucher program. At every period start it divides the period's pool (the yearly
/// pool prorated) with its allocation policy, caps each award, keeps merit points for completed funded
/// jobs, and draws which awarded tenants misuse their voucher and which misuse its audits detect.
/// </summary>
public sealed class VoucherAgencyActor : SimActor
{
    private readonly VoucherProgramSpec _program;
    private readonly IVoucherAllocation _allocation;
    private readonly VoucherApplicant[] _applicants;
    private readonly RandomStream _rng;
    private readonly long _poolCents;
    private readonly long _capCents;

    public VoucherAgencyActor(RunContext run, VoucherProgramSpec program, IVoucherAllocation allocation, VoucherApplicant[] applicants)
        : this(run, program, allocation, applicants, "voucher-agency")
    {
    }

    /// <summary>One of a network's agencies, drawing from a random stream of its own (<paramref name="stream"/>).</summary>
    public VoucherAgencyActor(RunContext run, VoucherProgramSpec program, IVoucherAllocation allocation, VoucherApplicant[] applicants, string stream)
        : base(run)
    {
        _program = program;
        _allocation = allocation;
        _applicants = applicants;
        _rng = run.StreamFor(stream);
        var yearShare = run.Spec.Market!.PeriodSeconds / (365 * SimTime.Day);
        _poolCents = Ledger.ToCents(program.PoolYuanPerYear * yearShare);
        _capCents = double.IsPositiveInfinity(program.CapYuanPerTenantPerYear) ? long.MaxValue : Ledger.ToCents(program.CapYuanPerTenantPerYear * yearShare);
    }

    protected override void OnReceive(object message)
    {
        if (message is not VoucherAgencyProtocol.PeriodOpened opened)
        {
            Unhandled(message);
            return;
        }
        for (var i = 0; i < _applicants.Length; i++)
        {
            _applicants[i] = _applicants[i] with { MeritPoints = _applicants[i].MeritPoints + opened.FundedJobsCompleted[i] };
        }
        var awards = new long[_applicants.Length];
        var context = new VoucherAllocationContext(_poolCents, _capCents, _applicants, _rng.NextDouble);
        _allocation.Allocate(context, awards);
        var misuses = new bool[awards.Length];
        var detected = new bool[awards.Length];
        for (var i = 0; i < awards.Length; i++)
        {
            // Both draws for every tenant, so the stream does not depend on who was awarded.
            misuses[i] = _rng.NextDouble() < _program.MisuseShare;
            detected[i] = _rng.NextDouble() < _program.AuditDetection;
        }
        var onDemand = _allocation.OnDemand ? _poolCents : 0;
        Sender.Tell(new VoucherAgencyProtocol.Awards(opened.Period, awards, onDemand, _capCents, misuses, detected, Ledger.ToCents(_program.AuditCostYuan)));
    }
}
