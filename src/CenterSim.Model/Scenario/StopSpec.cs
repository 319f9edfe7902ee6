namespace CenterSim.Model.Scenario;

/// <summary>
/// When a run ends and which part of it is measured. Either a simulated duration (seconds) with a
/// warm-up period (seconds), or a number of measured jobs after a number of warm-up jobs (counted by
/// arrival). In job mode arrivals stop after WarmupJobs + Jobs and the run drains, so every measured
/// job completes and no long job is censored.
/// </summary>
public sealed record StopSpec(double? DurationSeconds, long? Jobs, double WarmupSeconds, long WarmupJobs)
{
    public bool IsJobCount => Jobs is not null;
}
