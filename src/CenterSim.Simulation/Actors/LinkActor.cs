using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A rack's top-of-rack uplink. Gangs that span racks send their traffic through it; concurrent
/// flows share its bandwidth equally. It counts flow-seconds so studies can see how busy uplinks are.
/// </summary>
public sealed class LinkActor : SimActor
{
    private readonly int _rack;
    private readonly double _gbps;
    private readonly HashSet<long> _flows = new();
    private double _flowSeconds;
    private double _lastChange;

    public LinkActor(RunContext run, int rack, double gbps)
        : base(run)
    {
        _rack = rack;
        _gbps = gbps;
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case LinkProtocol.FlowStarted started:
                Integrate();
                _flows.Add(started.JobId);
                break;
            case LinkProtocol.FlowEnded ended:
                Integrate();
                _flows.Remove(ended.JobId);
                break;
            case LinkProtocol.UsageRequest:
                Integrate();
                Sender.Tell(new LinkProtocol.Usage(_rack, _flowSeconds, _flows.Count == 0 ? _gbps : _gbps / _flows.Count));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Integrate()
    {
        _flowSeconds += _flows.Count * (Now - _lastChange);
        _lastChange = Now;
    }
}
