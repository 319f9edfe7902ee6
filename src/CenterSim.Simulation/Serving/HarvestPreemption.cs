using CenterSim.Policies.Placement;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// Chooses the training jobs that give way to a replica under <c>harvest</c>: the replica needs
/// ceil(chips / chips per server) servers with room for it, and each server costs the work its jobs would
/// lose (chip-seconds since their last checkpoint). The cheapest servers are cleared. Runs only when a replica
/// cannot be placed on free chips; it reads the pool's running jobs once.
/// </summary>
public static class HarvestPreemption
{
    /// <summary>Preempts the jobs on the cheapest servers that make room for <paramref name="chips"/>; returns what they lost, or null when no choice of servers can.</summary>
    public static (int Jobs, double LostChipSeconds)? MakeRoom(PoolQueue pool, JobRunner runner, int chips, double now)
    {
        var book = pool.Book;
        var perServer = Math.Min(chips, book.ChipsPerServer);
        var servers = (chips + book.ChipsPerServer - 1) / book.ChipsPerServer;
        var cost = new Dictionary<int, (double Lost, int Freed, List<JobState> Jobs)>();
        foreach (var job in pool.Jobs)
        {
            var lost = LostIfPreempted(job, runner.Checkpoints, now);
            foreach (var g in job.Grants)
            {
                var c = cost.TryGetValue(g.Server, out var e) ? e : (0, 0, new List<JobState>());
                c.Jobs.Add(job);
                cost[g.Server] = (c.Lost + lost, c.Freed + g.Chips, c.Jobs);
            }
        }
        var chosen = cost
            .Where(kv => book.Free(kv.Key) + kv.Value.Freed >= perServer && book.Free(kv.Key) < perServer)
            .OrderBy(kv => kv.Value.Lost).ThenBy(kv => kv.Key)
            .Take(servers - CountFree(book, perServer, servers))
            .ToList();
        if (chosen.Count < servers - CountFree(book, perServer, servers))
        {
            return null;
        }
        var victims = chosen.SelectMany(kv => kv.Value.Jobs).Distinct().OrderBy(j => j.Id).ToList();
        var before = victims.Sum(v => v.PreemptedChipSeconds);
        foreach (var job in victims)
        {
            runner.Preempt(pool, job);
        }
        return (victims.Count, victims.Sum(v => v.PreemptedChipSeconds) - before);
    }

    /// <summary>Servers that already have room, up to <paramref name="wanted"/>.</summary>
    private static int CountFree(ClusterBook book, int perServer, int wanted) => Math.Min(wanted, book.CountWithAtLeast(perServer));

    private static double LostIfPreempted(JobState job, CheckpointModel checkpoints, double now)
    {
        var left = now > job.ProgressSince ? Math.Max(0, job.WorkLeft - (now - job.ProgressSince) * job.Rate) : job.WorkLeft;
        var done = job.TotalWork - left;
        return (done - checkpoints.SavedWork(done, job.CheckpointInterval)) * job.Chips;
    }
}
