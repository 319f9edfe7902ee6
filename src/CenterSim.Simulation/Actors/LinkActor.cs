using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A link of the center's network: a rack's top-of-rack uplink, or the spine that joins the racks.
/// Gangs that span racks send their traffic through their racks' uplinks and the spine; concurrent
/// flows share a link's bandwidth equally. Each link counts flow-seconds, so studies can see how busy
/// the network is. Bandwidth and latency are the link's; the communication model that turns them
/// into a job's efficiency is Policies/Topology/CommunicationModel. A flow starts and ends once per
/// placement of its job, so the link keeps only their number. The scheduler writes the starts and ends
/// into the link's <see cref="ChangeLog{TChange}"/> in the run directory and tells the link to read it
/// only once <see cref="BatchSize"/> are waiting, which bounds the log; the link reads it before any
/// message it handles.
/// </summary>
public sealed class LinkActor : SimActor
{
    /// <summary>Flow changes waiting in a link's log when the scheduler tells it to read them.</summary>
    public const int BatchSize = 64;

    private readonly int _rack;
    private readonly double _gbps;
    private readonly double _latencyMicros;
    private int _flows;
    private double _flowSeconds;
    private double _lastChange;
    private readonly ChangeLog<(long JobId, int Delta)> _log;
    private readonly Action<double, (long JobId, int Delta)> _apply;

    /// <param name="rack">the rack whose uplink this is, or -1 for the spine</param>
    public LinkActor(RunContext run, int rack, double gbps, double latencyMicros)
        : base(run)
    {
        _rack = rack;
        _gbps = gbps;
        _latencyMicros = latencyMicros;
        _log = rack >= 0 ? run.Directory.RackLinkFlows[rack] : run.Directory.SpineFlows;
        _apply = (time, change) => Apply(time, change.JobId, change.Delta);
    }

    protected override void OnReceive(object message)
    {
        // The flows that changed up to now first, each at its own time (see ChangeLog).
        _log.TakeAll(_apply);
        switch (message)
        {
            case LinkProtocol.ReadFlows:
                break;
            case LinkProtocol.UsageRequest:
                Integrate(Now);
                Sender.Tell(new LinkProtocol.Usage(_rack, _flowSeconds, _flows == 0 ? _gbps : _gbps / _flows, _latencyMicros));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Apply(double time, long jobId, int delta)
    {
        Integrate(time);
        if (_flows + delta < 0)
        {
            throw new InvalidOperationException($"link of rack {_rack}: job {jobId}'s flow ended, but no flow had started");
        }
        _flows += delta;
    }

    private void Integrate(double now)
    {
        _flowSeconds += _flows * (now - _lastChange);
        _lastChange = now;
    }
}
