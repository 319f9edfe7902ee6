using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// One server and its accelerators. Each chip is state here (the job holding it, or none), not an
/// actor. Power follows the share of busy chips through the server power model (linear idle to peak
/// unless a measured table is given) and the power state (asleep, in a transition, off when failed);
/// the server integrates its own energy and tells the power budget (and, under a rack cap, its rack)
/// whenever its draw changes.
/// </summary>
public sealed class ServerActor : SimActor
{
    private readonly int _index;
    private readonly ServerTypeSpec _type;
    private readonly long[] _chipJob;
    private readonly ServerPowerModel _model;
    private readonly PowerManagementSpec _management;
    private readonly bool _throttled;
    private readonly bool _tellRack;
    private int _busy;
    private double _active;
    private SleepPhase _phase = SleepPhase.Awake;
    private int _sleepVersion;
    private double _watts;
    private double _joules;
    private double _chipBusySeconds;
    private double _lastChange;

    public ServerActor(RunContext run, int index, PoolLayout pool)
        : base(run)
    {
        _index = index;
        _type = pool.Type;
        _chipJob = new long[_type.ChipsPerServer];
        Array.Fill(_chipJob, -1L);
        _model = pool.Power;
        var power = run.Spec.Infrastructure.Power;
        _management = power?.Management ?? PowerManagementSpec.Default;
        _throttled = power is { HasCaps: true, Capping: CappingMode.Throttle };
        _tellRack = power?.RackCapKw is not null;
        _watts = _model.IdleW;
    }

    protected override void OnStart()
    {
        if (_management.Sleeps)
        {
            Clock.After(_management.IdleTimeoutSeconds, this, new ServerProtocol.SleepStep(_sleepVersion, SleepPhase.EnteringSleep));
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case ServerProtocol.StartJob start:
                Integrate();
                Occupy(start.JobId, start.Chips);
                if (!_throttled)
                {
                    _active = _busy;
                }
                _sleepVersion++;
                if (start.WakeSeconds > 0)
                {
                    Run.Events?.Slept(Run, _index, asleep: false);
                    _phase = SleepPhase.Waking;
                    Clock.After(start.WakeSeconds, this, new ServerProtocol.SleepStep(_sleepVersion, SleepPhase.Awake));
                }
                else
                {
                    _phase = SleepPhase.Awake;
                }
                Report();
                break;
            case ServerProtocol.ReleaseJob release:
                Integrate();
                Free(release.JobId);
                if (!_throttled)
                {
                    _active = _busy;
                }
                if (_busy == 0 && _management.Sleeps && _phase != SleepPhase.Off)
                {
                    _sleepVersion++;
                    _phase = SleepPhase.Awake;
                    Clock.After(_management.IdleTimeoutSeconds, this, new ServerProtocol.SleepStep(_sleepVersion, SleepPhase.EnteringSleep));
                }
                Report();
                break;
            case ServerProtocol.SetActiveChips active:
                Integrate();
                _active = active.Chips;
                Report();
                break;
            case ServerProtocol.SleepStep step:
                if (step.Version != _sleepVersion || _phase == SleepPhase.Off)
                {
                    break;
                }
                Integrate();
                _phase = step.Phase;
                if (step.Phase == SleepPhase.EnteringSleep)
                {
                    Run.Events?.Slept(Run, _index, asleep: true);
                }
                if (step.Phase == SleepPhase.EnteringSleep)
                {
                    Clock.After(_management.TransitionSeconds, this, new ServerProtocol.SleepStep(_sleepVersion, SleepPhase.Asleep));
                }
                Report();
                break;
            case ServerProtocol.PowerState state:
                Integrate();
                _sleepVersion++;
                _phase = state.Up ? SleepPhase.Awake : SleepPhase.Off;
                if (state.Up && _management.Sleeps)
                {
                    Clock.After(_management.IdleTimeoutSeconds, this, new ServerProtocol.SleepStep(_sleepVersion, SleepPhase.EnteringSleep));
                }
                Report();
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

    private void Report()
    {
        var watts = _phase switch
        {
            SleepPhase.Off => 0,
            SleepPhase.Asleep => _management.SleepW,
            SleepPhase.EnteringSleep or SleepPhase.Waking => _management.TransitionW,
            _ => _model.Watts(_active / _type.ChipsPerServer),
        };
        if (watts == _watts)
        {
            return;
        }
        _watts = watts;
        // A recorded run keeps one message per change, so the power budget logs each change where it
        // falls among the other actors' events; otherwise changes go in the log the budget reads.
        if (Run.Events is null)
        {
            Run.Directory.PowerChanges.Add(Now, (_index, _watts));
        }
        else
        {
            Run.Directory.PowerBudget.Tell(new PowerProtocol.PowerChanged(_index, _watts));
        }
        if (_tellRack)
        {
            Context.Parent.Tell(new PowerProtocol.PowerChanged(_index, _watts));
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
    }

    private void Free(long jobId)
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
        if (freed == 0)
        {
            throw new InvalidOperationException($"server {_index}: job {jobId} was released here but held no chips");
        }
        _busy -= freed;
    }

    private void Integrate()
    {
        var dt = Now - _lastChange;
        _joules += _watts * dt;
        _chipBusySeconds += _busy * dt;
        _lastChange = Now;
    }
}
