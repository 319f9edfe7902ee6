using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The center's IT power: the sum of what its servers draw, integrated into energy as it changes.
/// Facility energy is IT energy times the PUE; that product is taken when results are made.
/// </summary>
public sealed class PowerBudgetActor : SimActor
{
    private readonly double[] _serverWatts;
    private double _watts;
    private double _joules;
    private double _lastChange;

    public PowerBudgetActor(RunContext run, double[] initialServerWatts)
        : base(run)
    {
        _serverWatts = initialServerWatts;
        _watts = initialServerWatts.Sum();
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case PowerProtocol.PowerChanged changed:
                Integrate();
                _watts += changed.Watts - _serverWatts[changed.Server];
                _serverWatts[changed.Server] = changed.Watts;
                break;
            case PowerProtocol.SnapshotRequest request:
                Integrate();
                Sender.Tell(new PowerProtocol.Snapshot(request.Tag, _joules, _watts));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Integrate()
    {
        _joules += _watts * (Now - _lastChange);
        _lastChange = Now;
    }
}
