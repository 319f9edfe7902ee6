using CenterSim.Policies.Capacity;
using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Scheduling;

/// <summary>What the scheduler answers when asked: its meters' snapshot, and the jobs still open at the end with its pools' rule metrics.</summary>
public static class SchedulerReports
{
    public static SchedulerProtocol.Snapshot Snapshot(int tag, PoolQueue[] pools, SchedulerMeters meters, CheckpointModel checkpoints, double now) =>
        new(tag, meters.AllocatedChipSeconds, meters.QueueJobSeconds, meters.SystemJobSeconds, meters.Queued, meters.Running)
        {
            EffectiveChipSeconds = meters.EffectiveChipSeconds,
            ThrottledChipSeconds = meters.ThrottledChipSeconds,
            StrandedChipSeconds = meters.StrandedChipSeconds,
            LostChipSeconds = meters.LostChipSeconds,
            Failures = meters.Failures.Sample(pools.SelectMany(p => p.Jobs), checkpoints, now, meters.StartedChipSeconds),
            PoolChipSeconds = meters.PoolChipSeconds.ToArray(),
            RuleCounters = pools.Select(p => (IReadOnlyList<double>)(p.Rule?.Counters.ToArray() ?? Array.Empty<double>())).ToArray(),
        };

    private static IReadOnlyList<double> CountersOf(SchedulerProtocol.Snapshot s, PoolQueue pool) =>
        pool.Layout.Index < s.RuleCounters.Count ? s.RuleCounters[pool.Layout.Index] : Array.Empty<double>();

    public static SchedulerProtocol.OpenJobs OpenJobs(SchedulerProtocol.OpenJobsRequest request, PoolQueue[] pools, SchedulerMeters meters, double now)
    {
        var metrics = new List<Model.Results.Metric>();
        var several = pools.Length > 1;
        foreach (var pool in pools)
        {
            if (pool.Rule is not { } rule)
            {
                continue;
            }
            var window = new CounterWindow(CountersOf(request.Start, pool), CountersOf(request.End, pool), request.WindowSeconds);
            metrics.AddRange(rule.Metrics(window).Select(m => several ? m with { Name = pool.Layout.Name + "." + m.Name } : m));
        }
        if (pools.Any(p => p.Rule?.Preempts == true))
        {
            metrics.Add(new("jobs_preempted", meters.PreemptedJobs));
            metrics.Add(new("preempted_chip_hours", meters.PreemptedChipSeconds / Model.Units.SimTime.Hour));
        }
        return new SchedulerProtocol.OpenJobs(
            pools.SelectMany(p => p.Waiting).Select(j => j.Snapshot(now)).ToArray(),
            pools.SelectMany(p => p.Jobs).Select(j => j.Snapshot(now)).ToArray(),
            metrics);
    }
}
