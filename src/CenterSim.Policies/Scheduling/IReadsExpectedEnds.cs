namespace CenterSim.Policies.Scheduling;

/// <summary>
/// A scheduling policy that reads the running jobs in order of expected end
/// (<see cref="SchedulingContext.RunningByEnd"/>); the scheduler keeps that index only for such policies.
/// </summary>
public interface IReadsExpectedEnds
{
}
