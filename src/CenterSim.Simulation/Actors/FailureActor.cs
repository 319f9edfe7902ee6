using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Simulation.Random;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Draws chip and server failures. Every chip and every server fails as an independent Poisson process,
/// so failures of the whole center are one Poisson process of the summed rate, each landing on a
/// uniformly chosen server and being a chip failure in proportion to the chips' share of the rate. It
/// tells the scheduler, which kills the jobs on that server and keeps it down for the repair time. A
/// failure drawn on a server that is already down is dropped (a down server cannot fail again).
/// </summary>
public sealed class FailureActor : SimActor
{
    private readonly FailureSpec _spec;
    private readonly RandomStream _rng;
    private readonly int _servers;
    private readonly double _chipRatePerServer;
    private readonly double _serverRate;
    private readonly double _meanGap;

    public FailureActor(RunContext run, FailureSpec spec)
        : base(run)
    {
        _spec = spec;
        _rng = run.StreamFor("failures");
        var racks = run.Spec.Center.Racks;
        _servers = racks.Count * racks.ServersPerRack;
        _chipRatePerServer = spec.ChipMtbfSeconds is { } c ? run.Spec.ServerType.ChipsPerServer / c : 0;
        _serverRate = spec.ServerMtbfSeconds is { } s ? 1 / s : 0;
        var total = _servers * (_chipRatePerServer + _serverRate);
        _meanGap = total > 0 ? 1 / total : double.PositiveInfinity;
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
        var server = _rng.NextInt(_servers);
        var chip = _rng.NextDouble() * (_chipRatePerServer + _serverRate) < _chipRatePerServer;
        var repair = chip ? _spec.ChipRepairSeconds : _spec.ServerRepairSeconds;
        Run.Directory.Scheduler.Tell(new SchedulerProtocol.ServerFailed(server, repair));
        Clock.After(_rng.Exponential(_meanGap), Self, FailureProtocol.NextFailure.Instance);
    }
}
