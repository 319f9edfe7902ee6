using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Units;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Simulation.Jobs;

/// <summary>
/// A training job: a gang of chips for an amount of chip-hours. Created by its tenant, then owned by
/// whichever actor holds it (market, scheduler); each writes only the fields of its own step.
/// </summary>
public sealed class Job : IJobView
{
    public Job(TenantInfo tenant, int chips, double chipHours, double submitTime)
    {
        Tenant = tenant;
        Chips = chips;
        ChipHours = chipHours;
        SubmitTime = submitTime;
        RuntimeSeconds = chipHours * SimTime.Hour / chips;
    }

    /// <summary>Arrival index over the whole run (0-based), set by the market.</summary>
    public long Id { get; set; } = -1;

    public TenantInfo Tenant { get; }

    public TenantCategory Category => Tenant.Category;

    public int Chips { get; }

    public double ChipHours { get; }

    public double SubmitTime { get; }

    public double RuntimeSeconds { get; }

    public double StartTime { get; set; } = double.NaN;

    public double EndTime { get; set; } = double.NaN;

    public double CostYuan { get; set; }

    /// <summary>Inside the measurement window (after warm-up), so it counts in the results.</summary>
    public bool Measured { get; set; }

    public ChipGrant[] Grants { get; set; } = Array.Empty<ChipGrant>();

    /// <summary>Slot in the scheduler's running list, for O(1) removal.</summary>
    public int RunningSlot { get; set; } = -1;

    public double WaitSeconds => StartTime - SubmitTime;

    /// <summary>Useful share of its chip time, from where it is placed (1 without a topology model).</summary>
    public double Efficiency { get; set; } = 1;

    /// <summary>Throttle factor: the share of full speed its chips run at (1 unless a power cap slows it).</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Work still to do, in seconds at full speed; tracked only when jobs can be slowed or restarted.</summary>
    public double WorkLeft { get; set; } = double.NaN;

    /// <summary>Work done so far in seconds at full speed (since submission, including work later lost).</summary>
    public double WorkDone { get; set; }

    /// <summary>When <see cref="WorkLeft"/> was last brought up to date (or when work resumes after a wake-up).</summary>
    public double ProgressSince { get; set; }

    /// <summary>Bumped whenever the job's finish moves; a Finish event with an older version is stale.</summary>
    public int Version { get; set; }

    /// <summary>Bought at the spot price, so the scheduler may preempt it for an on-demand job.</summary>
    public bool Spot { get; set; }

    /// <summary>When the job last started on its chips (its first start is <see cref="StartTime"/>).</summary>
    public double LastStartTime { get; set; } = double.NaN;

    /// <summary>Times the job was preempted for an on-demand job.</summary>
    public int Preemptions { get; set; }

    /// <summary>Chip-seconds of work lost to preemptions (work since the last checkpoint, or since the start, times chips).</summary>
    public double PreemptedChipSeconds { get; set; }

    /// <summary>The bill's cash and voucher parts in cents, as paid (market runs); read when reserved chips cover part of it.</summary>
    public long PaidCashCents { get; set; }

    public long PaidVoucherCents { get; set; }

    /// <summary>Of its chips, how many run on its tenant's reserved chips (pricing committed); fixed at its first start.</summary>
    public int ReservedChips { get; set; } = -1;

    /// <summary>Input data in GB, moved over the wide-area network when the job runs outside its home region.</summary>
    public double InputGb { get; set; }

    /// <summary>Restarts after failures.</summary>
    public int Restarts { get; set; }

    /// <summary>Chip-seconds of work lost to failures (work since the last checkpoint, times chips).</summary>
    public double LostChipSeconds { get; set; }

    /// <summary>When the job is expected to end at its current speed, for backfilling.</summary>
    public double EstimatedEnd => double.IsNaN(WorkLeft) ? StartTime + RuntimeSeconds : ProgressSince + WorkLeft / Math.Max(Speed, 1e-12);

    public JobRecord ToRecord(JobStatus status) =>
        new(Id, Tenant.Name, Tenant.Category, Chips, ChipHours, SubmitTime, StartTime, EndTime, CostYuan, status);
}
