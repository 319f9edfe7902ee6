using Akka.Actor;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>A rack: parent of its servers and of its uplink. It registers them in the run's directory.</summary>
public sealed class RackActor : SimActor
{
    private readonly int _rack;
    private readonly double _capW;
    private readonly double[] _serverWatts;
    private readonly int _firstServer;
    private double _watts;
    private bool _over;

    public RackActor(RunContext run, int rack, PoolLayout pool, string dispatcher)
        : base(run)
    {
        _rack = rack;
        _capW = (run.Spec.Infrastructure.Power?.RackCapKw ?? double.PositiveInfinity) * 1000;
        _serverWatts = new double[pool.ServersPerRack];
        Array.Fill(_serverWatts, pool.Power.IdleW);
        _watts = _serverWatts.Sum();
        _firstServer = pool.FirstServer + (rack - pool.FirstRack) * pool.ServersPerRack;
        for (var i = 0; i < pool.ServersPerRack; i++)
        {
            var index = _firstServer + i;
            run.Directory.Servers[index] = Context.ActorOf(
                Props.Create(typeof(ServerActor), run, index, pool).WithDispatcher(dispatcher), "server-" + i);
        }
        run.Directory.RackLinks[rack] = Context.ActorOf(
            Props.Create(typeof(LinkActor), run, rack, pool.Spec.Racks.UplinkGbps, run.Spec.Infrastructure.Topology?.TorLatencyMicros ?? 0.0)
                .WithDispatcher(dispatcher), "uplink");
    }

    /// <summary>
    /// Under a rack cap the rack meters its servers' draw and tells the power budget whenever it goes
    /// above its cap or back under it; the budget counts a violation only for a level that lasts (not
    /// one passed through within an instant while the scheduler re-throttles).
    /// </summary>
    protected override void OnReceive(object message)
    {
        if (message is not PowerProtocol.PowerChanged changed)
        {
            Unhandled(message);
            return;
        }
        var local = changed.Server - _firstServer;
        _watts += changed.Watts - _serverWatts[local];
        _serverWatts[local] = changed.Watts;
        var over = _watts > _capW * (1 + 1e-9);
        if (over != _over)
        {
            _over = over;
            Run.Directory.PowerBudget.Tell(new PowerProtocol.RackLevel(_rack, over));
        }
    }
}
