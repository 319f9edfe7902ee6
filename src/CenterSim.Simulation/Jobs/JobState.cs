using CenterSim.Model.Scenario;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Simulation.Jobs;

/// <summary>
/// A job's state inside the scheduler, which alone reads and writes it; policies see it through
/// <see cref="IJobView"/> and other actors get <see cref="JobResult"/> snapshots. Work is counted in
/// seconds at progress rate 1 and includes checkpoint writes; the job progresses at placement efficiency
/// × throttle speed while it holds its chips and is not waking up or restarting.
/// </summary>
public sealed class JobState : IJobView
{
    public JobState(Job job, double totalWork)
    {
        Job = job;
        TotalWork = totalWork;
        WorkLeft = totalWork;
    }

    public Job Job { get; }

    public long Id => Job.Id;

    public int Chips => Job.Chips;

    public TenantCategory Category => Job.Category;

    public int Tenant => Job.Tenant.Index;

    public double SubmitTime => Job.SubmitTime;

    public double RuntimeSeconds => Job.DeclaredRuntimeSeconds;

    public bool Preemptible => Job.Preemptible;

    public int Pool => Job.Pool;

    /// <summary>Work of the whole job, checkpoint writes included (seconds at rate 1).</summary>
    public double TotalWork { get; }

    /// <summary>Useful work between checkpoints (infinite: the job takes none).</summary>
    public double CheckpointInterval { get; init; } = double.PositiveInfinity;

    /// <summary>The most work (writes included) the job has ever had done: work below it is being redone.</summary>
    public double HighWater { get; set; }

    /// <summary>Work done by <paramref name="now"/> at the current rate, without bringing the job up to date.</summary>
    public double DoneAt(double now) => Math.Min(TotalWork, TotalWork - WorkLeft + Math.Max(0, now - ProgressSince) * Rate);

    public double StartTime { get; set; } = double.NaN;

    public double LastStartTime { get; set; } = double.NaN;

    public double EndTime { get; set; } = double.NaN;

    public double CostYuan { get; set; }

    /// <summary>Chips in this pool's book (server indices local to the pool).</summary>
    public ChipGrant[] Grants { get; set; } = Array.Empty<ChipGrant>();

    /// <summary>Slot in the pool's waiting list while the job waits (−1 otherwise), for O(1) removal; slots keep queue order.</summary>
    public int QueueSlot { get; set; } = -1;

    /// <summary>Slot in the pool's running list, for O(1) removal.</summary>
    public int RunningSlot { get; set; } = -1;

    public double Efficiency { get; set; } = 1;

    public double Speed { get; set; } = 1;

    public double Rate => Efficiency * Speed;

    /// <summary>The expected end under which the job is filed in its pool's running-by-end index.</summary>
    public double EndKey { get; set; }

    /// <summary>Work still to do (seconds at rate 1).</summary>
    public double WorkLeft { get; set; }

    /// <summary>When <see cref="WorkLeft"/> was last brought up to date, or when progress resumes after a wake-up or restart.</summary>
    public double ProgressSince { get; set; }

    /// <summary>Bumped whenever the job's finish moves; a Finish event with an older version is stale.</summary>
    public int Version { get; set; }

    public int Preemptions { get; set; }

    public double PreemptedChipSeconds { get; set; }

    public int Restarts { get; set; }

    public double LostChipSeconds { get; set; }

    /// <summary>Every finished stretch on chips, kept when the pool's pricing bills for use; null otherwise.</summary>
    public List<Policies.Pricing.UsageStretch>? Stretches { get; init; }

    /// <summary>Chip-seconds held on chips in earlier stretches (before the current one).</summary>
    public double HeldChipSeconds { get; set; }

    public double EstimatedEnd
    {
        get
        {
            var left = Math.Max(0, WorkLeft + (Job.DeclaredRuntimeSeconds - Job.RuntimeSeconds));
            return Rate > 0 ? ProgressSince + left / Rate : double.PositiveInfinity;
        }
    }

    /// <summary>Brings the remaining work up to <paramref name="now"/> at the current rate.</summary>
    public void Progress(double now)
    {
        if (now > ProgressSince)
        {
            WorkLeft = Math.Max(0, WorkLeft - (now - ProgressSince) * Rate);
            ProgressSince = now;
        }
    }

    public JobResult Snapshot(double now) => new(Job, StartTime, EndTime, CostYuan)
    {
        Preemptions = Preemptions,
        PreemptedChipSeconds = PreemptedChipSeconds,
        Restarts = Restarts,
        LostChipSeconds = LostChipSeconds,
        HeldChipSeconds = HeldChipSeconds + (RunningSlot >= 0 ? (now - LastStartTime) * Chips : 0),
    };
}
