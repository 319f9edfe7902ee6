using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Scheduling;

/// <summary>
/// What a policy may know about a job: a read-only view of the scheduler's job. Runtimes are what the
/// tenant declared, never the truth.
/// </summary>
public interface IJobView
{
    long Id { get; }

    int Chips { get; }

    TenantCategory Category { get; }

    /// <summary>The tenant's index in the run (0-based, scenario order).</summary>
    int Tenant => 0;

    /// <summary>Simulated second the job was submitted.</summary>
    double SubmitTime { get; }

    /// <summary>Seconds the job needs on its full gang at full speed, as the tenant declared it (an estimate).</summary>
    double RuntimeSeconds { get; }

    /// <summary>Simulated second the job first started; NaN while it has never run.</summary>
    double StartTime { get; }

    /// <summary>Simulated second the job last started on its chips (after a preemption or failure, the restart).</summary>
    double LastStartTime => StartTime;

    /// <summary>Bought as preemptible capacity, so a capacity rule may take its chips back.</summary>
    bool Preemptible => false;

    /// <summary>
    /// When a running job is expected to end, from its declared runtime, the work it has done and its
    /// current progress rate (placement efficiency × throttle speed).
    /// </summary>
    double EstimatedEnd => StartTime + RuntimeSeconds;
}
