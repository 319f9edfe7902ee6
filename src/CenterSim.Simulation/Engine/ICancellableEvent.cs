namespace CenterSim.Simulation.Engine;

/// <summary>
/// A calendar message that its sender may call off after putting it in the calendar (a finish planned
/// before the job was slowed, preempted or killed). The clock drops a called-off event when it comes due:
/// it is neither delivered nor counted, and the clock does not move to its time.
/// </summary>
public interface ICancellableEvent
{
    bool Cancelled { get; }
}
