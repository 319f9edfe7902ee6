using CenterSim.Model.Serving;
using CenterSim.Model.Units;
using CenterSim.Policies;
using CenterSim.Policies.Serving;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// One inference service: its request stream, one queue in arrival order, its replicas and their
/// continuous batching (<see cref="Replica"/>), and its autoscaling. Replicas get and give back chips through
/// the scheduler, which owns them; a new replica loads its weights for the warm-up time before it serves.
/// A replica with a free batch slot takes the head of the queue at its next step boundary. Scaling in drains
/// a replica: it takes nothing new and gives its chips back when its batch is empty.
/// </summary>
public sealed class ServiceActor : SimActor
{
    private readonly ServiceSpec _spec;
    private readonly int _index;
    private readonly ServingPerformanceModel _model;
    private readonly RequestSource _source;
    private readonly IAutoscalingPolicy _autoscaling;
    private readonly ServiceBilling _billing;
    private readonly ServiceMeters _meters;
    private readonly ServiceChipMeter _chips;
    private readonly ServiceReport _report;
    private readonly SortedDictionary<int, Replica> _replicas = new();
    private readonly LinkedList<ServingRequest> _queue = new();
    private readonly List<ServingRequest> _finished = new();
    private int _nextReplica;
    private bool _measuring;
    private readonly ServiceLoad _load;
    private int _pendingPrompt;
    private int _pendingOutput;

    public ServiceActor(RunContext run, int index)
        : base(run)
    {
        var serving = run.Spec.Serving!;
        _spec = serving.Services[index];
        _index = index;
        var server = run.Spec.Hardware[run.Layout.Pools[_spec.Pool].Spec.Racks.ServerType];
        _model = new ServingPerformanceModel(_spec.Model, serving.Chips[server.Chip], _spec.ChipsPerReplica,
            _spec.ComputeUtilization, _spec.BandwidthUtilization, _spec.KvMemoryShare);
        _source = new RequestSource(_spec.Requests, run.StreamFor("service/" + _spec.Name));
        _autoscaling = PolicyCatalog.Autoscaling.Create(_spec.Autoscaling.Policy);
        _billing = new ServiceBilling(run, _spec);
        _load = new ServiceLoad(_spec.MaxBatch);
        _meters = new ServiceMeters(_spec);
        _chips = new ServiceChipMeter(run.Spec, _spec.Pool, server, _spec.ChipsPerReplica);
        _report = new ServiceReport(run, serving.Services.Count > 1 ? _spec.Name + "." : "", index == 0);
    }

    protected override void OnStart()
    {
        Clock.At(0, this, ServingProtocol.AutoscaleTick.Instance);
        Clock.At(Run.Spec.Stop.WarmupSeconds, this, ServingProtocol.WindowOpen.Instance);
        Clock.At(Run.Spec.Stop.DurationSeconds!.Value, this, ServingProtocol.WindowClose.Instance);
        if (_billing.Settles)
        {
            Clock.At(SimTime.Hour, this, ServingProtocol.BillTick.Instance);
        }
        PlanArrival();
    }

    protected override void OnReceive(object message)
    {
        _load.Integrate(Now);
        Handle(message);
        Relevel();
    }

    private void Handle(object message)
    {
        switch (message)
        {
            case ServingProtocol.Arrival:
                OnArrival();
                break;
            case ServingProtocol.SegmentDone done:
                if (_replicas.TryGetValue(done.Replica, out var replica) && replica.Version == done.Version && replica.Busy)
                {
                    OnSegmentDone(replica);
                }
                break;
            case ServingProtocol.ReplicaGranted granted:
                OnGranted(granted.Replica);
                break;
            case ServingProtocol.Loaded loaded:
                if (_replicas.TryGetValue(loaded.Replica, out var ready) && ready.Phase == ReplicaPhase.Loading)
                {
                    ready.Phase = ReplicaPhase.Ready;
                    Dispatch();
                }
                break;
            case ServingProtocol.ReplicaLost lost:
                OnLost(lost.Replica);
                break;
            case ServingProtocol.AutoscaleTick:
                OnTick();
                break;
            case ServingProtocol.WindowOpen:
                _measuring = true;
                _chips.Change(Now, 0);
                _report.Open(_chips, Run.Directory.Scheduler, Self);
                break;
            case ServingProtocol.BillTick:
                _billing.Bill();
                Clock.After(SimTime.Hour, this, ServingProtocol.BillTick.Instance);
                break;
            case ServingProtocol.WindowClose:
                _billing.Bill();
                _chips.Change(Now, 0);
                _measuring = false;
                _report.Close(_meters, _chips, Run.Directory.Scheduler, Self);
                break;
            case ServingProtocol.SharingCounters counters:
                _report.Counters(counters);
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void PlanArrival()
    {
        if (_source.TryNext(out var time, out var prompt, out var output) && time <= Run.Spec.Stop.DurationSeconds)
        {
            _pendingPrompt = prompt;
            _pendingOutput = output;
            Clock.At(time, this, ServingProtocol.Arrival.Instance);
        }
    }

    private void OnArrival()
    {
        var request = new ServingRequest(Now, _pendingPrompt, _pendingOutput, _measuring);
        _meters.Arrived(request);
        if (request.ReservedTokens > _model.KvCapacityTokens || _queue.Count >= _spec.MaxQueue)
        {
            _meters.Dropped(request);
        }
        else
        {
            _queue.AddLast(request);
            Dispatch();
        }
        PlanArrival();
    }

    /// <summary>
    /// Idle replicas start on the queue's head. When none is idle, the busy replica with room and the fewest
    /// requests ends its decode at the next step boundary to take it (one replica, so an arrival cuts one segment).
    /// </summary>
    private void Dispatch()
    {
        Replica? busy = null;
        foreach (var replica in _replicas.Values)
        {
            if (_queue.First is not { } head)
            {
                return;
            }
            if (replica.Phase != ReplicaPhase.Ready || !replica.CanAdmit(head.Value))
            {
                continue;
            }
            if (!replica.Busy)
            {
                AdmitAndStart(replica);
            }
            else if (busy is null || replica.Requests < busy.Requests)
            {
                busy = replica;
            }
        }
        if (_queue.Count > 0 && busy is not null && busy.CutAtNextBoundary(Now))
        {
            Clock.At(busy.SegmentEnd, this, new ServingProtocol.SegmentDone(busy.Id, busy.Version));
        }
    }

    private void AdmitAndStart(Replica replica)
    {
        while (replica.Phase == ReplicaPhase.Ready && _queue.First is { } head && replica.CanAdmit(head.Value))
        {
            head.Value.AdmittedTime = Now;
            replica.Admit(head.Value);
            _queue.RemoveFirst();
        }
        if (replica.StartSegment(Now))
        {
            Clock.At(replica.SegmentEnd, this, new ServingProtocol.SegmentDone(replica.Id, replica.Version));
        }
    }

    private void OnSegmentDone(Replica replica)
    {
        _finished.Clear();
        replica.EndSegment(_finished);
        foreach (var r in _finished)
        {
            _meters.Served(r, Now, _billing.Served(Now, r.PromptTokens, r.OutputTokens));
        }
        if (replica.Phase == ReplicaPhase.Draining && replica.Requests == 0)
        {
            Remove(replica);
            return;
        }
        AdmitAndStart(replica);
        Dispatch();
    }

    private void OnGranted(int id)
    {
        if (!_replicas.TryGetValue(id, out var replica) || replica.Phase != ReplicaPhase.WaitingForChips)
        {
            return;
        }
        replica.Phase = ReplicaPhase.Loading;
        _chips.Change(Now, 1);
        Clock.After(_spec.Autoscaling.WarmupSeconds, this, new ServingProtocol.Loaded(id));
    }

    private void OnLost(int id)
    {
        if (!_replicas.Remove(id, out var replica))
        {
            return;
        }
        _chips.Change(Now, -1);
        _meters.ReplicasLost += _measuring ? 1 : 0;
        var evicted = replica.Evict();
        for (var i = evicted.Count - 1; i >= 0; i--)
        {
            _queue.AddFirst(evicted[i]);
        }
        Dispatch();
    }

    private void OnTick()
    {
        var interval = _spec.Autoscaling.IntervalSeconds;
        if (Now == 0)
        {
            ScaleTo(_spec.Autoscaling.InitialReplicas);
        }
        else
        {
            var load = _load.TakeMean(Now);
            var (ttft, tpot) = _meters.TakeRecent();
            var a = _spec.Autoscaling;
            var context = new AutoscalingContext(Now, Active, Count(ReplicaPhase.Ready), a.MinReplicas, a.MaxReplicas, load, _queue.Count,
                ttft, tpot, _spec.Slo.TtftSeconds, _spec.Slo.TpotSeconds);
            ScaleTo(Math.Clamp(_autoscaling.DesiredReplicas(context), a.MinReplicas, a.MaxReplicas));
        }
        Clock.After(interval, this, ServingProtocol.AutoscaleTick.Instance);
    }

    private int Active => _replicas.Values.Count(r => r.Phase != ReplicaPhase.Draining);

    private int Count(ReplicaPhase phase) => _replicas.Values.Count(r => r.Phase == phase);

    /// <summary>Adds replicas (draining ones first, then new ones that ask the scheduler for chips), or withdraws the newest not yet serving, then drains the least loaded.</summary>
    private void ScaleTo(int wanted)
    {
        foreach (var draining in _replicas.Values.Where(r => r.Phase == ReplicaPhase.Draining).Take(Math.Max(0, wanted - Active)).ToList())
        {
            draining.Phase = ReplicaPhase.Ready;
        }
        for (var n = Active; n < wanted; n++)
        {
            var replica = new Replica(_nextReplica++, _model, _spec.MaxBatch);
            _replicas.Add(replica.Id, replica);
            Run.Directory.Scheduler.Tell(new ServingProtocol.AcquireReplica(_index, replica.Id, _spec.Pool, _spec.ChipsPerReplica), Self);
        }
        for (var n = Active; n > wanted; n--)
        {
            var victim = _replicas.Values.Where(r => r.Phase is ReplicaPhase.WaitingForChips or ReplicaPhase.Loading).OrderByDescending(r => r.Id).FirstOrDefault()
                ?? _replicas.Values.Where(r => r.Phase == ReplicaPhase.Ready).OrderBy(r => r.Requests).ThenByDescending(r => r.Id).First();
            if (victim.Phase == ReplicaPhase.Ready && victim.Requests > 0)
            {
                victim.Phase = ReplicaPhase.Draining;
                continue;
            }
            Remove(victim);
        }
    }

    private void Remove(Replica replica)
    {
        _replicas.Remove(replica.Id);
        if (replica.Phase != ReplicaPhase.WaitingForChips)
        {
            _chips.Change(Now, -1);
        }
        Run.Directory.Scheduler.Tell(new ServingProtocol.ReleaseReplica(_index, replica.Id), Self);
    }

    /// <summary>The load the autoscaler reads (<see cref="ServiceLoad"/>), from now on.</summary>
    private void Relevel()
    {
        var held = _queue.Count;
        var ready = 0;
        foreach (var r in _replicas.Values)
        {
            held += r.Requests;
            ready += r.Phase == ReplicaPhase.Ready ? 1 : 0;
        }
        _load.Set(held, ready);
    }
}
