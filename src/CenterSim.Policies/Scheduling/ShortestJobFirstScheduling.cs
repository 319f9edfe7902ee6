namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Shortest job first by declared runtime (arrival order breaks ties); every job that fits starts, so
/// short jobs pass long ones and long gangs can wait indefinitely under heavy load.
/// </summary>
public sealed class ShortestJobFirstScheduling : ISchedulingPolicy
{
    private readonly List<int> _order = new();

    public void Schedule(SchedulingContext context)
    {
        var queue = context.Queue;
        _order.Clear();
        for (var i = 0; i < queue.Count; i++)
        {
            _order.Add(i);
        }
        _order.Sort((a, b) =>
        {
            var c = queue[a].RuntimeSeconds.CompareTo(queue[b].RuntimeSeconds);
            return c != 0 ? c : a.CompareTo(b);
        });
        foreach (var i in _order)
        {
            context.TryStart(i);
        }
    }
}
