namespace CenterSim.Policies.Scheduling;

/// <summary>
/// A scheduling policy that takes waiting jobs in the order of a key of the job (smallest first; ties in
/// queue order). The scheduler keeps its waiting jobs filed by that key as they come and go and hands
/// them over in order (<see cref="SchedulingContext.QueueInOrder"/>), so a pass sorts nothing.
/// </summary>
public interface IOrdersQueue
{
    /// <summary>The job's key; it must not change while the job waits.</summary>
    double OrderKey(IJobView job);
}
