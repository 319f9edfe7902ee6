using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Throttle capping for the scheduler: the power governor's speed factors applied to the running jobs,
/// and the servers told their chips' power-equivalent load whenever it changes.
/// </summary>
public sealed class Throttler
{
    private readonly RunContext _run;
    private readonly PowerGovernor _governor;
    private readonly JobRunner _runner;
    private readonly double[] _active;
    private readonly double[] _sentActive;

    public Throttler(RunContext run, PowerGovernor governor, JobRunner runner)
    {
        _run = run;
        _governor = governor;
        _runner = runner;
        _active = new double[run.Layout.ServerCount];
        _sentActive = new double[run.Layout.ServerCount];
    }

    /// <summary>After any change: each running job at the smallest speed factor of the domains it spans; servers hear their chips' power-equivalent load.</summary>
    public void Rebalance(PoolQueue[] pools)
    {
        var governor = _governor;
        var facility = governor.Factors(pools);
        _run.Events?.Throttled(_run, governor.RackFactor, facility);
        Array.Clear(_active);
        foreach (var pool in pools)
        {
            var first = pool.Layout.FirstServer;
            foreach (var job in pool.Jobs)
            {
                var f = facility;
                foreach (var g in job.Grants)
                {
                    f = Math.Min(f, governor.RackFactor(pool.Layout.FirstRack + pool.Book.RackOf(g.Server)));
                }
                if (f != job.Speed)
                {
                    _runner.SetSpeed(pool, job, f);
                }
                var power = Math.Pow(f, governor.Exponent);
                foreach (var g in job.Grants)
                {
                    _active[first + g.Server] += g.Chips * power;
                }
            }
        }
        var servers = _run.Directory.Servers;
        for (var s = 0; s < _active.Length; s++)
        {
            if (_active[s] != _sentActive[s])
            {
                _sentActive[s] = _active[s];
                servers[s].Tell(new ServerProtocol.SetActiveChips(_active[s]));
            }
        }
    }
}
