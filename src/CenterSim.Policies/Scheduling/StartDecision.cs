using CenterSim.Policies.Placement;

namespace CenterSim.Policies.Scheduling;

/// <summary>Start this job, at this index of the queue (−1 when it was taken by key, not by index), on these chips.</summary>
public readonly record struct StartDecision(int QueueIndex, ChipGrant[] Grants)
{
    public IJobView Job { get; init; } = null!;
}
