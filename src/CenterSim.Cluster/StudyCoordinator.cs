using Akka.Actor;
using Akka.Cluster;
using Akka.Event;

namespace CenterSim.Cluster;

/// <summary>
/// Spreads one study's replications over the cluster's worker nodes, as many at a time on each as it
/// has cores, lowest replication first. When a node becomes unreachable or leaves, the runs it had in
/// flight go back to the front of the queue and are done elsewhere; if its answers still arrive, the
/// first answer per replication wins (runs are deterministic, so any answer is the same). Completes
/// <see cref="StudyOutcome"/> with the encoded results in replication order. The results live in an
/// array the caller keeps: when no worker is left for <see cref="NoWorkerGrace"/>, or the submitter
/// itself is stopped, the outcome fails with <see cref="ClusterLostException"/> and the runs done stay
/// there for the next attempt.
/// </summary>
public sealed class StudyCoordinator : ReceiveActor, IWithTimers
{
    private const string NoWorkerTimer = "no-worker";

    private readonly WorkerProtocol.RunRequest _template;
    private readonly byte[]?[] _results;
    private readonly SortedSet<int> _pending;
    private readonly Dictionary<Address, Worker> _workers = new();
    private readonly TaskCompletionSource<ClusterStudyOutcome> _outcome;
    private readonly Action<int>? _progress;
    private readonly Dictionary<Address, int> _doneBy = new();
    private readonly Action<string>? _log;
    private int _done;
    private int _requeued;

    /// <summary>How long the study waits with no worker before it gives the cluster up and the submitter joins again.</summary>
    public static readonly TimeSpan NoWorkerGrace = TimeSpan.FromSeconds(10);

    public StudyCoordinator(WorkerProtocol.RunRequest template, byte[]?[] results, TaskCompletionSource<ClusterStudyOutcome> outcome, Action<int>? progress, Action<string>? log)
    {
        _template = template;
        _results = results;
        _pending = new SortedSet<int>(Enumerable.Range(0, results.Length).Where(r => results[r] is null));
        _done = results.Length - _pending.Count;
        _outcome = outcome;
        _progress = progress;
        _log = log;
        Receive<NoWorkerCheck>(_ =>
        {
            if (_workers.Count == 0 && _pending.Count > 0)
            {
                _outcome.TrySetException(new ClusterLostException($"no worker node for {NoWorkerGrace.TotalSeconds:F0} s with {_pending.Count} run(s) to go"));
                Context.Stop(Self);
            }
        });

        Receive<ClusterEvent.MemberUp>(e => Greet(e.Member));
        Receive<ClusterEvent.ReachableMember>(e => Greet(e.Member));
        Receive<ClusterEvent.UnreachableMember>(e => Lose(e.Member.Address, "unreachable"));
        Receive<ClusterEvent.MemberLeft>(e => Lose(e.Member.Address, "leaving"));
        Receive<ClusterEvent.MemberExited>(e => Lose(e.Member.Address, "leaving"));
        Receive<ClusterEvent.MemberRemoved>(e => Lose(e.Member.Address, "removed"));
        Receive<ClusterEvent.IMemberEvent>(_ => { });
        Receive<WorkerProtocol.Ready>(r => Welcome(Sender, r.Cores));
        Receive<WorkerProtocol.RunDone>(d => Answer(d.Replication, d.Result));
        Receive<WorkerProtocol.RunFailed>(f =>
        {
            _outcome.TrySetException(new InvalidOperationException($"replication {f.Replication} failed on {Sender.Path.Address}: {f.Error}"));
            Context.Stop(Self);
        });
    }

    public static Props Props(WorkerProtocol.RunRequest template, byte[]?[] results, TaskCompletionSource<ClusterStudyOutcome> outcome, Action<int>? progress, Action<string>? log) =>
        Akka.Actor.Props.Create(() => new StudyCoordinator(template, results, outcome, progress, log));

    protected override void PreStart()
    {
        Akka.Cluster.Cluster.Get(Context.System).Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));
        Timers.StartSingleTimer(NoWorkerTimer, NoWorkerCheck.Instance, NoWorkerGrace);
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PostStop()
    {
        Akka.Cluster.Cluster.Get(Context.System).Unsubscribe(Self);
        _outcome.TrySetException(new ClusterLostException("the submitter was stopped (downed by the cluster) before all runs were done"));
    }

    private void Greet(Member member)
    {
        if (member.HasRole(ClusterConfig.WorkerRole) && member.Status == MemberStatus.Up && !_workers.ContainsKey(member.Address))
        {
            Context.ActorSelection(new RootActorPath(member.Address) / "user" / ClusterConfig.WorkerActorName)
                .Tell(new WorkerProtocol.Hello(_template.StudyId));
        }
    }

    private void Welcome(IActorRef worker, int cores)
    {
        var address = worker.Path.Address;
        var state = Akka.Cluster.Cluster.Get(Context.System).State;
        var member = state.Members.FirstOrDefault(m => m.Address == address);
        if (member is null || member.Status != MemberStatus.Up || state.Unreachable.Any(m => m.Address == address) || _workers.ContainsKey(address))
        {
            return;
        }
        _workers[address] = new Worker(worker, Math.Max(1, cores));
        Timers.Cancel(NoWorkerTimer);
        Dispatch();
    }

    private void Lose(Address address, string why)
    {
        if (!_workers.Remove(address, out var worker))
        {
            return;
        }
        foreach (var r in worker.InFlight)
        {
            if (_results[r] is null && _pending.Add(r))
            {
                _requeued++;
            }
        }
        _log?.Invoke($"node {address} is {why}: {worker.InFlight.Count} unfinished run(s) go to other nodes");
        if (_workers.Count == 0)
        {
            Timers.StartSingleTimer(NoWorkerTimer, NoWorkerCheck.Instance, NoWorkerGrace);
        }
        Dispatch();
    }

    private void Answer(int replication, byte[] result)
    {
        var from = Sender.Path.Address;
        if (_workers.TryGetValue(from, out var worker))
        {
            worker.InFlight.Remove(replication);
        }
        if (replication < 0 || replication >= _results.Length || _results[replication] is not null)
        {
            Dispatch();
            return;
        }
        _results[replication] = result;
        _pending.Remove(replication);
        _done++;
        _doneBy[from] = _doneBy.GetValueOrDefault(from) + 1;
        _progress?.Invoke(_done);
        if (_done == _results.Length)
        {
            var byNode = _doneBy.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal)
                .Select(kv => KeyValuePair.Create(kv.Key.ToString(), kv.Value)).ToList();
            _outcome.TrySetResult(new ClusterStudyOutcome(_results.Select(b => b!).ToList(), _requeued, byNode));
            Context.Stop(Self);
            return;
        }
        Dispatch();
    }

    // Lowest pending replication to the node with the most free cores, until none is free.
    private void Dispatch()
    {
        while (_pending.Count > 0)
        {
            Worker? best = null;
            foreach (var w in _workers.Values.OrderBy(w => w.Ref.Path.Address.ToString(), StringComparer.Ordinal))
            {
                if (w.Free > 0 && (best is null || w.Free > best.Free))
                {
                    best = w;
                }
            }
            if (best is null)
            {
                return;
            }
            var r = _pending.Min;
            _pending.Remove(r);
            best.InFlight.Add(r);
            best.Ref.Tell(_template with { Replication = r });
        }
    }

    private sealed class NoWorkerCheck
    {
        public static readonly NoWorkerCheck Instance = new();
    }

    private sealed class Worker(IActorRef worker, int cores)
    {
        public IActorRef Ref { get; } = worker;
        public HashSet<int> InFlight { get; } = new();
        public int Free => cores - InFlight.Count;
    }
}
