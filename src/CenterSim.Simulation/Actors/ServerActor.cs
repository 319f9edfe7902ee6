using Akka.Actor;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// One server and its accelerators. Each chip is state here (the job holding it, or none), not an
/// actor. Power is linear in the share of busy chips, from idle to peak watts; the server integrates
/// its own energy and tells the power budget whenever its draw changes.
/// </summary>
public sealed class ServerActor : SimActor
{
    private readonly int _index;
    private readonly ServerTypeSpec _type;
    private readonly long[] _chipJob;
    private int _busy;
    private double _watts;
    private double _joules;
    private double _chipBusySeconds;
    private double _lastChange;

    public ServerActor(RunContext run, int index, ServerTypeSpec type)
        : base(run)
    {
        _index = index;
        _type = type;
        _chipJob = new long[type.ChipsPerServer];
        Array.Fill(_chipJob, -1L);
        _watts = type.IdleWatts;
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ServerProtocol.StartJob start:
                Integrate();
                Occupy(start.Job.Id, start.Chips);
                Run.Directory.PowerBudget.Tell(new PowerProtocol.PowerChanged(_index, _watts));
                break;
            case ServerProtocol.ReleaseJob release:
                Integrate();
                Free(release.Job.Id, release.Chips);
                Run.Directory.PowerBudget.Tell(new PowerProtocol.PowerChanged(_index, _watts));
                break;
            case ServerProtocol.EnergyRequest:
                Integrate();
                Sender.Tell(new ServerProtocol.Energy(_index, _joules, _chipBusySeconds));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Occupy(long jobId, int chips)
    {
        var left = chips;
        for (var c = 0; c < _chipJob.Length && left > 0; c++)
        {
            if (_chipJob[c] < 0)
            {
                _chipJob[c] = jobId;
                left--;
            }
        }
        if (left > 0)
        {
            throw new InvalidOperationException($"server {_index}: job {jobId} asked for {chips} chips, {chips - left} were free");
        }
        _busy += chips;
        _watts = PowerAt(_busy);
    }

    private void Free(long jobId, int chips)
    {
        var freed = 0;
        for (var c = 0; c < _chipJob.Length; c++)
        {
            if (_chipJob[c] == jobId)
            {
                _chipJob[c] = -1;
                freed++;
            }
        }
        if (freed != chips)
        {
            throw new InvalidOperationException($"server {_index}: job {jobId} held {freed} chips, released {chips}");
        }
        _busy -= chips;
        _watts = PowerAt(_busy);
    }

    private double PowerAt(int busy) =>
        _type.IdleWatts + (_type.PeakWatts - _type.IdleWatts) * busy / _type.ChipsPerServer;

    private void Integrate()
    {
        var dt = Now - _lastChange;
        _joules += _watts * dt;
        _chipBusySeconds += _busy * dt;
        _lastChange = Now;
    }
}
