using CenterSim.Model.Results;

namespace CenterSim.Simulation.Jobs;

/// <summary>
/// What became of a job, as the scheduler reports it: immutable. StartTime is NaN for a job that never
/// ran and EndTime for one not finished.
/// </summary>
public sealed record JobResult(Job Job, double StartTime, double EndTime, double CostYuan)
{
    public int Preemptions { get; init; }

    public double PreemptedChipSeconds { get; init; }

    public int Restarts { get; init; }

    public double LostChipSeconds { get; init; }

    /// <summary>Chip-seconds the job held its chips, restarts and lost work included.</summary>
    public double HeldChipSeconds { get; init; }

    public long Id => Job.Id;

    public bool Measured => Job.Measured;

    public double WaitSeconds => StartTime - Job.SubmitTime;

    public JobRecord ToRecord(JobStatus status) =>
        new(Job.Id, Job.Tenant.Name, Job.Tenant.Category, Job.Chips, Job.ChipHours, Job.SubmitTime, StartTime, EndTime, CostYuan, status);

    /// <summary>A job that never reached the scheduler (rejected or abandoned).</summary>
    public static JobResult NeverRan(Job job) => new(job, double.NaN, double.NaN, job.CostYuan);
}
