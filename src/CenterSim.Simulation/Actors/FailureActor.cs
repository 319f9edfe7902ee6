using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Draws failures. Every unit (chip or server) fails of every cause as an independent Poisson process,
/// so failures of the whole center are one Poisson process of the summed rate, each landing on a
/// uniformly chosen server and being of a cause in proportion to that cause's share of a server's rate.
/// It tells the scheduler, which kills the jobs on that server and keeps it down for the cause's repair
/// time. A failure drawn on a server that is already down is dropped (a down server cannot fail again).
/// In a center of several pools a failure lands on a pool in proportion to its share of the rate
/// (servers with more chips fail more often of per-chip causes), then on a uniformly chosen server of it.
/// </summary>
public sealed class FailureActor : SimActor
{
    private readonly FailureSpec _spec;
    private readonly RandomStream _rng;
    private readonly IReadOnlyList<PoolLayout> _pools;
    private readonly double[] _poolRate;
    private readonly double[][] _causeRatePerServer;
    private readonly double[] _ratePerServer;
    private readonly double _totalRate;
    private readonly double _meanGap;

    public FailureActor(RunContext run, FailureSpec spec)
        : base(run)
    {
        _spec = spec;
        _rng = run.StreamFor("failures");
        _pools = run.Layout.Pools;
        _causeRatePerServer = _pools.Select(p => spec.Causes.Select(c => c.RatePerServer(p.ChipsPerServer)).ToArray()).ToArray();
        _ratePerServer = _causeRatePerServer.Select(r => r.Sum()).ToArray();
        _poolRate = _pools.Select(p => p.Servers * _ratePerServer[p.Index]).ToArray();
        _totalRate = _poolRate.Sum();
        _meanGap = _totalRate > 0 ? 1 / _totalRate : double.PositiveInfinity;
    }

    protected override void OnStart()
    {
        if (double.IsFinite(_meanGap))
        {
            Clock.After(_rng.Exponential(_meanGap), this, FailureProtocol.NextFailure.Instance);
        }
    }

    protected override void OnReceive(object message)
    {
        if (message is not FailureProtocol.NextFailure)
        {
            Unhandled(message);
            return;
        }
        var pool = _pools[^1];
        if (_pools.Count > 1)
        {
            var x = _rng.NextDouble() * _totalRate;
            pool = _pools.First(p => (x -= _poolRate[p.Index]) < 0 || p.Index == _pools.Count - 1);
        }
        var server = pool.FirstServer + _rng.NextInt(pool.Servers);
        var rates = _causeRatePerServer[pool.Index];
        var u = _rng.NextDouble() * _ratePerServer[pool.Index];
        var cause = 0;
        while (cause < rates.Length - 1 && (u -= rates[cause]) >= 0)
        {
            cause++;
        }
        Run.Directory.Scheduler.Tell(new SchedulerProtocol.ServerFailed(server, _spec.Causes[cause].RepairSeconds) { Cause = cause });
        Clock.After(_rng.Exponential(_meanGap), this, FailureProtocol.NextFailure.Instance);
    }
}
