namespace CenterSim.Policies.Scheduling;

/// <summary>The queue sorted by an <see cref="IOrdersQueue"/> policy's key, for a context whose scheduler keeps no ordered queue.</summary>
public static class QueueOrder
{
    /// <summary>Queue indices by (key, index), written into <paramref name="order"/>.</summary>
    public static List<int> Sorted(IReadOnlyList<IJobView> queue, IOrdersQueue policy, List<int> order)
    {
        order.Clear();
        for (var i = 0; i < queue.Count; i++)
        {
            order.Add(i);
        }
        order.Sort((a, b) =>
        {
            var c = policy.OrderKey(queue[a]).CompareTo(policy.OrderKey(queue[b]));
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }
}
