using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// One direction of a wide-area link between two regions. The network tells it the rate it carries
/// whenever the transfers on it change; it integrates bits carried, busy time and transfer-seconds,
/// and reports them for the measurement window (warm-up excluded).
/// </summary>
public sealed class WanLinkActor : SimActor
{
    private readonly int _link;
    private double _rate;
    private int _flows;
    private double _last;
    private double _bits;
    private double _busy;
    private double _flowSeconds;
    private (double Bits, double Busy, double FlowSeconds, double Time) _windowStart;

    public WanLinkActor(RunContext run, int link)
        : base(run) => _link = link;

    protected override void OnStart()
    {
        if (Run.Spec.Stop.WarmupSeconds > 0)
        {
            Clock.At(Run.Spec.Stop.WarmupSeconds, this, MetricsProtocol.WindowOpen.Instance);
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case WanProtocol.LinkLoad load:
                Integrate();
                _rate = load.BitsPerSecond;
                _flows = load.Flows;
                break;
            case MetricsProtocol.WindowOpen:
                Integrate();
                _windowStart = (_bits, _busy, _flowSeconds, Now);
                break;
            case WanProtocol.UsageRequest:
                Integrate();
                Sender.Tell(new WanProtocol.Usage(_link, _bits - _windowStart.Bits, _busy - _windowStart.Busy,
                    _flowSeconds - _windowStart.FlowSeconds, Now - _windowStart.Time));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Integrate()
    {
        var dt = Now - _last;
        if (dt > 0)
        {
            _bits += _rate * dt;
            _flowSeconds += _flows * dt;
            if (_flows > 0)
            {
                _busy += dt;
            }
            _last = Now;
        }
    }
}
