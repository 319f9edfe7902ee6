using CenterSim.Model.Results;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class SchedulerProtocol
{
    /// <summary>A paid job joins its pool's queue.</summary>
    public sealed record Enqueue(Job Job);

    /// <summary>
    /// Calendar event: a running job has done its work, unless its finish moved since (the job's version
    /// is no longer <paramref name="Version"/>): then the clock drops it uncounted.
    /// </summary>
    public sealed record Finish(JobState Job, int Version) : ICancellableEvent
    {
        public bool Cancelled => Job.Version != Version;
    }

    /// <summary>A server has failed and is down for <paramref name="RepairSeconds"/>; its jobs die.</summary>
    public sealed record ServerFailed(int Server, double RepairSeconds)
    {
        /// <summary>Index of the failure's cause in the scenario's list.</summary>
        public int Cause { get; init; }
    }

    /// <summary>Calendar event: a failed server is repaired and its chips are free again.</summary>
    public sealed record ServerRepaired(int Server);

    /// <summary>Calendar event: the scheduler posts the last hour's load (when a pricing reads it).</summary>
    public sealed record PostLoad
    {
        public static PostLoad Instance { get; } = new();
    }

    /// <summary>Asks for the scheduler's time integrals; answered with <see cref="Snapshot"/>.</summary>
    public sealed record SnapshotRequest(int Tag);

    /// <summary>
    /// Integrals since time 0 of allocated chips, queue length and jobs in system (chip-seconds and
    /// job-seconds), plus the queue length and running count now.
    /// </summary>
    public sealed record Snapshot(int Tag, double AllocatedChipSeconds, double QueueJobSeconds, double SystemJobSeconds, int Queued, int Running)
    {
        /// <summary>Chip-seconds × efficiency × throttle speed: the compute actually delivered.</summary>
        public double EffectiveChipSeconds { get; init; }

        /// <summary>Chip-seconds lost to throttling: chips × (1 − speed), integrated.</summary>
        public double ThrottledChipSeconds { get; init; }

        /// <summary>Integral of stranded free chips (see Fragmentation) over time.</summary>
        public double StrandedChipSeconds { get; init; }

        /// <summary>Chip-seconds of work lost to failures so far.</summary>
        public double LostChipSeconds { get; init; }

        /// <summary>Failures and interruptions by cause, useful work and the time jobs were under way (with a failure model).</summary>
        public Scheduling.FailureSample Failures { get; init; } = Scheduling.FailureSample.Empty;

        /// <summary>Allocated chip-seconds of each pool.</summary>
        public IReadOnlyList<double> PoolChipSeconds { get; init; } = Array.Empty<double>();

        /// <summary>Each pool's capacity rule counters (empty for a pool without one).</summary>
        public IReadOnlyList<IReadOnlyList<double>> RuleCounters { get; init; } = Array.Empty<IReadOnlyList<double>>();
    }

    /// <summary>
    /// Asks for the jobs not yet finished and the capacity rules' metrics over the window from
    /// <paramref name="Start"/> to <paramref name="End"/>; answered with <see cref="OpenJobs"/>.
    /// </summary>
    public sealed record OpenJobsRequest(Snapshot Start, Snapshot End, double WindowSeconds);

    public sealed record OpenJobs(IReadOnlyList<JobResult> Queued, IReadOnlyList<JobResult> Running, IReadOnlyList<Metric> PolicyMetrics);
}
