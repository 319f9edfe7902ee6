namespace CenterSim.Policies.Scheduling;

/// <summary>
/// First in, first out: start jobs in arrival order until the head does not fit; nothing overtakes it
/// (head-of-line blocking). With one-chip jobs this is the M/M/c queue of Erlang C.
/// </summary>
public sealed class FifoScheduling : ISchedulingPolicy
{
    public void Schedule(SchedulingContext context)
    {
        for (var i = 0; i < context.Queue.Count; i++)
        {
            if (!context.TryStart(i))
            {
                return;
            }
        }
    }
}
