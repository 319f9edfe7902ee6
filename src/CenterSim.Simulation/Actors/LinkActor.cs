using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A link of the center's network: a rack's top-of-rack uplink, or the spine that joins the racks.
/// Gangs that span racks send their traffic through their racks' uplinks and the spine; concurrent
/// flows share a link's bandwidth equally. Each link counts flow-seconds, so studies can see how busy
/// the network is. Bandwidth and latency are the link's; the communication model that turns them
/// into a job's efficiency is Policies/Topology/CommunicationModel. A flow starts and ends once per
/// placement of its job (the scheduler says so on both sides), so the link keeps only their number.
/// </summary>
public sealed class LinkActor : SimActor
{
    private readonly int _rack;
    private readonly double _gbps;
    private readonly double _latencyMicros;
    private int _flows;
    private double _flowSeconds;
    private double _lastChange;

    /// <param name="rack">the rack whose uplink this is, or -1 for the spine</param>
    public LinkActor(RunContext run, int rack, double gbps, double latencyMicros)
        : base(run)
    {
        _rack = rack;
        _gbps = gbps;
        _latencyMicros = latencyMicros;
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case LinkProtocol.FlowStarted:
                Integrate();
                _flows++;
                break;
            case LinkProtocol.FlowEnded ended:
                Integrate();
                if (_flows == 0)
                {
                    throw new InvalidOperationException($"link of rack {_rack}: job {ended.JobId}'s flow ended, but no flow had started");
                }
                _flows--;
                break;
            case LinkProtocol.UsageRequest:
                Integrate();
                Sender.Tell(new LinkProtocol.Usage(_rack, _flowSeconds, _flows == 0 ? _gbps : _gbps / _flows, _latencyMicros));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Integrate()
    {
        _flowSeconds += _flows * (Now - _lastChange);
        _lastChange = Now;
    }
}
