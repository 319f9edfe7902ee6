using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Scheduling;

/// <summary>What a center's scheduler tells the broker after every change in a network run, from declared runtimes.</summary>
public static class LoadReport
{
    public static BrokerProtocol.CenterLoad Of(int center, IReadOnlyList<PoolQueue> pools, SchedulerMeters meters, Policies.Pricing.LoadHistory posted, double now)
    {
        double queued = 0, left = 0;
        var free = 0;
        foreach (var pool in pools)
        {
            foreach (var job in pool.Waiting)
            {
                queued += job.Chips * job.RuntimeSeconds;
            }
            foreach (var job in pool.Jobs)
            {
                left += job.Chips * Math.Max(0, job.EstimatedEnd - now);
            }
            free += pool.Book.TotalFree;
        }
        return new BrokerProtocol.CenterLoad(center, meters.Queued, queued, meters.AllocatedChips, left, free)
        {
            PostedUtilization = posted.Utilization,
            PostedQueueLength = posted.QueueLength,
        };
    }
}
