using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Scheduling;

/// <summary>What a policy may know about a job: a read-only view of the engine's job.</summary>
public interface IJobView
{
    long Id { get; }

    int Chips { get; }

    TenantCategory Category { get; }

    /// <summary>Simulated second the job was submitted.</summary>
    double SubmitTime { get; }

    /// <summary>Seconds the job needs on its full gang, as the tenant declared it.</summary>
    double RuntimeSeconds { get; }

    /// <summary>Simulated second the job started; NaN while it waits.</summary>
    double StartTime { get; }

    /// <summary>
    /// When a running job is expected to end, from its declared runtime; the engine refines it when a job
    /// restarts after a failure or runs throttled.
    /// </summary>
    double EstimatedEnd => StartTime + RuntimeSeconds;
}
