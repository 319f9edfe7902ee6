namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Shortest job first by declared runtime (arrival order breaks ties); every job that fits starts, so
/// short jobs pass long ones and long gangs can wait indefinitely under heavy load. The scheduler keeps
/// the queue in that order, so a pass sorts nothing, and a pass stops once no waiting job can fit.
/// </summary>
public sealed class ShortestJobFirstScheduling : ISchedulingPolicy, IOrdersQueue
{
    private readonly List<int> _order = new();

    public double OrderKey(IJobView job) => job.RuntimeSeconds;

    public void Schedule(SchedulingContext context)
    {
        if (context.QueueInOrder is { } ordered)
        {
            foreach (var job in ordered)
            {
                if (context.NothingFits)
                {
                    return;
                }
                context.TryStart(job);
            }
            return;
        }
        foreach (var i in QueueOrder.Sorted(context.Queue, this, _order))
        {
            if (context.NothingFits)
            {
                return;
            }
            context.TryStart(i);
        }
    }
}
