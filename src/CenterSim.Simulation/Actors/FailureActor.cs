using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Draws chip and server failures. Every chip and every server fails as an independent Poisson process,
/// so failures of the whole center are one Poisson process of the summed rate, each landing on a
/// uniformly chosen server and being a chip failure in proportion to the chips' share of the rate. It
/// tells the scheduler, which kills the jobs on that server and keeps it down for the repair time. A
/// failure drawn on a server that is already down is dropped (a down server cannot fail again). In a
/// center of several pools a failure lands on a pool in proportion to its share of the rate (servers
/// with more chips fail more often), then on a uniformly chosen server of that pool.
/// </summary>
public sealed class FailureActor : SimActor
{
    private readonly FailureSpec _spec;
    private readonly RandomStream _rng;
    private readonly IReadOnlyList<PoolLayout> _pools;
    private readonly double[] _poolRate;
    private readonly double[] _chipRatePerServer;
    private readonly double _serverRate;
    private readonly double _totalRate;
    private readonly double _meanGap;

    public FailureActor(RunContext run, FailureSpec spec)
        : base(run)
    {
        _spec = spec;
        _rng = run.StreamFor("failures");
        _pools = run.Layout.Pools;
        _serverRate = spec.ServerMtbfSeconds is { } s ? 1 / s : 0;
        _chipRatePerServer = _pools.Select(p => spec.ChipMtbfSeconds is { } c ? p.ChipsPerServer / c : 0).ToArray();
        _poolRate = _pools.Select(p => p.Servers * (_chipRatePerServer[p.Index] + _serverRate)).ToArray();
        _totalRate = _poolRate.Sum();
        _meanGap = _totalRate > 0 ? 1 / _totalRate : double.PositiveInfinity;
    }

    protected override void OnStart()
    {
        if (double.IsFinite(_meanGap))
        {
            Clock.After(_rng.Exponential(_meanGap), Self, FailureProtocol.NextFailure.Instance);
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
        var chipRate = _chipRatePerServer[pool.Index];
        var chip = _rng.NextDouble() * (chipRate + _serverRate) < chipRate;
        var repair = chip ? _spec.ChipRepairSeconds : _spec.ServerRepairSeconds;
        Run.Directory.Scheduler.Tell(new SchedulerProtocol.ServerFailed(server, repair));
        Clock.After(_rng.Exponential(_meanGap), Self, FailureProtocol.NextFailure.Instance);
    }
}
