using CenterSim.Policies.Placement;

namespace CenterSim.Policies.Scheduling;

/// <summary>Start the job at this index of the queue on these chips.</summary>
public readonly record struct StartDecision(int QueueIndex, ChipGrant[] Grants);
