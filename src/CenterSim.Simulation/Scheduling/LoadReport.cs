using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// What a center's scheduler tells the broker after every change in a network run, from declared
/// runtimes: its sums are kept as jobs come and go (<see cref="WaitingQueue.DeclaredChipSeconds"/>,
/// <see cref="RunningLoad"/>), so a report costs the pools, not the jobs.
/// </summary>
public static class LoadReport
{
    public static BrokerProtocol.CenterLoad Of(int center, IReadOnlyList<PoolQueue> pools, SchedulerMeters meters, RunningLoad ahead, Policies.Pricing.LoadHistory posted, double now)
    {
        double queued = 0;
        var free = 0;
        foreach (var pool in pools)
        {
            queued += pool.Waiting.DeclaredChipSeconds;
            free += pool.Book.TotalFree;
        }
        var left = ahead.ChipSecondsLeft(now);
        return new BrokerProtocol.CenterLoad(center, meters.Queued, queued, meters.AllocatedChips, left, free)
        {
            PostedUtilization = posted.Utilization,
            PostedQueueLength = posted.QueueLength,
        };
    }
}
