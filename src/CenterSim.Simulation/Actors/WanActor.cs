using Akka.Actor;
using CenterSim.Model.Network;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The wide-area network: it holds the transfers under way as <see cref="FluidTransfers"/>, whose links
/// are shared max-min fairly. Whenever a transfer starts or ends it brings every transfer up to date,
/// shares the links anew, tells each link actor whose load changed and puts the next completion in the
/// calendar; a completion planned under older rates is stale and ignored. A finished transfer's job is
/// handed back to the broker after the route's latency.
/// </summary>
public sealed class WanActor : SimActor
{
    private readonly FluidTransfers _transfers;
    private readonly Dictionary<long, WanProtocol.Send> _sends = new();
    private long _nextId;
    private int _version;

    public WanActor(RunContext run, double[] capacitiesBitsPerSecond)
        : base(run) => _transfers = new FluidTransfers(capacitiesBitsPerSecond);

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case WanProtocol.Send send:
                _transfers.AdvanceTo(Now);
                _sends.Add(_nextId, send);
                _transfers.Add(_nextId++, send.Route.Links, send.Bits);
                Share();
                break;
            case WanProtocol.TransferTick tick:
                if (tick.Version != _version)
                {
                    break;
                }
                _transfers.AdvanceTo(Now);
                foreach (var done in _transfers.TakeFinished())
                {
                    var s = _sends[done.Id];
                    _sends.Remove(done.Id);
                    Clock.After(s.Route.LatencySeconds, Run.Directory.Broker, new BrokerProtocol.Delivered(s.Job, s.Center, s.Route));
                }
                Share();
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Share()
    {
        _version++;
        foreach (var l in _transfers.Share())
        {
            Run.Directory.WanLinks[l].Tell(new WanProtocol.LinkLoad(_transfers.RateOn(l), _transfers.FlowsOn(l)));
        }
        var next = _transfers.NextFinish();
        if (!double.IsPositiveInfinity(next))
        {
            Clock.At(next, this, new WanProtocol.TransferTick(_version));
        }
    }
}
