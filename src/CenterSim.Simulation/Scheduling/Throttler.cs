using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Throttle capping for the scheduler: the power governor's speed factors applied to the running jobs,
/// and the servers told their chips' power-equivalent load whenever it changes.
/// <para>
/// After a change only what it touched is redone: the racks whose books changed get new factors, the jobs
/// on racks whose factor moved and the jobs just started get new speeds, and the servers whose jobs or
/// speeds changed get their load recounted. When the facility's factor moves, every job's speed may, and
/// every job is looked at, as before. Jobs are visited in the order of the pools' running lists and servers
/// in index order, and a server's load is summed over its jobs in that order, so speeds, finish events
/// and the servers' loads are what a full recount gives, to the last bit.
/// </para>
/// </summary>
public sealed class Throttler
{
    private readonly RunContext _run;
    private readonly PowerGovernor _governor;
    private readonly JobRunner _runner;
    private readonly ServerJobs _placed;
    private readonly double[] _active;
    private readonly double[] _sentActive;
    private readonly List<int> _changedRacks = new();
    private readonly List<JobState> _jobs = new();
    private readonly List<int> _servers = new();
    private double _facility = double.NaN;

    public Throttler(RunContext run, PowerGovernor governor, JobRunner runner)
    {
        _run = run;
        _governor = governor;
        _runner = runner;
        _placed = runner.Placed ?? throw new ArgumentException("throttling needs the runner to keep which jobs are on each server", nameof(runner));
        _active = new double[run.Layout.ServerCount];
        _sentActive = new double[run.Layout.ServerCount];
    }

    /// <summary>After any change: each running job at the smallest speed factor of the domains it spans; servers hear their chips' power-equivalent load.</summary>
    public void Rebalance(PoolQueue[] pools)
    {
        var governor = _governor;
        _changedRacks.Clear();
        var facility = governor.Factors(pools, _changedRacks);
        _run.Events?.Throttled(_run, governor.RackFactor, facility);
        var everyJob = facility != _facility;
        _facility = facility;
        CollectJobs(pools, everyJob);
        foreach (var job in _jobs)
        {
            var pool = pools[job.Pool];
            var f = facility;
            foreach (var g in job.Grants)
            {
                f = Math.Min(f, governor.RackFactor(pool.Layout.FirstRack + pool.Book.RackOf(g.Server)));
            }
            if (f != job.Speed)
            {
                _runner.SetSpeed(pool, job, f);
                foreach (var g in job.Grants)
                {
                    _placed.MarkDirty(pool.Layout.FirstServer + g.Server);
                }
            }
        }
        _servers.Clear();
        _servers.AddRange(_placed.DirtyServers);
        _servers.Sort();
        _placed.Forget();
        var servers = _run.Directory.Servers;
        foreach (var s in _servers)
        {
            _active[s] = Recount(pools, s);
            if (_active[s] != _sentActive[s])
            {
                _sentActive[s] = _active[s];
                servers[s].Tell(new ServerProtocol.SetActiveChips(_active[s]));
            }
        }
    }

    /// <summary>The jobs whose speed may have moved, in pool order and then running-list order, each once.</summary>
    private void CollectJobs(PoolQueue[] pools, bool everyJob)
    {
        _jobs.Clear();
        if (everyJob)
        {
            foreach (var pool in pools)
            {
                _jobs.AddRange(pool.Jobs);
            }
            return;
        }
        foreach (var rack in _changedRacks)
        {
            var layout = _run.Layout.PoolOfRack(rack);
            var first = layout.FirstServer + (rack - layout.FirstRack) * layout.ServersPerRack;
            for (var s = first; s < first + layout.ServersPerRack; s++)
            {
                _jobs.AddRange(_placed.On(s));
            }
        }
        foreach (var job in _placed.Started)
        {
            if (job.RunningSlot >= 0)
            {
                _jobs.Add(job);
            }
        }
        _jobs.Sort(static (a, b) => a.Pool != b.Pool ? a.Pool.CompareTo(b.Pool) : a.RunningSlot.CompareTo(b.RunningSlot));
        var kept = 0;
        for (var i = 0; i < _jobs.Count; i++)
        {
            if (kept == 0 || !ReferenceEquals(_jobs[i], _jobs[kept - 1]))
            {
                _jobs[kept++] = _jobs[i];
            }
        }
        _jobs.RemoveRange(kept, _jobs.Count - kept);
    }

    /// <summary>A server's power-equivalent busy chips: each grant on it at its job's speed, summed over its jobs in running-list order.</summary>
    private double Recount(PoolQueue[] pools, int server)
    {
        var jobs = _placed.On(server);
        if (jobs.Count == 0)
        {
            return 0;
        }
        _jobs.Clear();
        _jobs.AddRange(jobs);
        _jobs.Sort(static (a, b) => a.RunningSlot.CompareTo(b.RunningSlot));
        var local = server - pools[_jobs[0].Pool].Layout.FirstServer;
        var active = 0.0;
        for (var i = 0; i < _jobs.Count; i++)
        {
            var job = _jobs[i];
            if (i > 0 && ReferenceEquals(job, _jobs[i - 1]))
            {
                continue;
            }
            var power = Math.Pow(job.Speed, _governor.Exponent);
            foreach (var g in job.Grants)
            {
                if (g.Server == local)
                {
                    active += g.Chips * power;
                }
            }
        }
        return active;
    }
}
