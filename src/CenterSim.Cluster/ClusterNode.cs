using Akka.Actor;
using Akka.Cluster;

namespace CenterSim.Cluster;

/// <summary>
/// A worker node of a CenterSim cluster: its own actor system with remoting on HOST:PORT, joined to the
/// cluster through a seed (the first node is its own seed), with one <see cref="WorkerActor"/> that
/// runs replications on the node's cores.
/// </summary>
public sealed class ClusterNode : IDisposable
{
    private readonly ActorSystem _system;
    private int _runsStarted;

    private ClusterNode(ActorSystem system, HostPort address, int cores)
    {
        _system = system;
        Address = address;
        Cores = cores;
    }

    public HostPort Address { get; }

    public int Cores { get; }

    /// <summary>Replications this node has started so far.</summary>
    public int RunsStarted => Volatile.Read(ref _runsStarted);

    /// <summary>Completes when the node is an Up member of the cluster.</summary>
    public Task Joined => _joined.Task;

    /// <summary>Completes when the actor system has stopped (left, killed or downed by the others).</summary>
    public Task Stopped => _system.WhenTerminated;

    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Starts a node on <paramref name="host"/>:<paramref name="port"/>; <paramref name="seed"/> null
    /// makes it a seed of its own. <paramref name="cores"/> runs go side by side (default: all cores).
    /// </summary>
    public static ClusterNode Start(string host, int port, HostPort? seed, int? cores = null, Action<string>? log = null, Action<int>? runStarted = null, bool verbose = false)
    {
        var self = new HostPort(host, port);
        var say = log ?? (_ => { });
        var system = ActorSystem.Create(ClusterConfig.SystemName, ClusterConfig.For(host, port, seed ?? self, ClusterConfig.WorkerRole, verbose));
        var node = new ClusterNode(system, self, Math.Max(1, cores ?? Environment.ProcessorCount));
        system.ActorOf(WorkerActor.Props(node.Cores, say, r =>
        {
            Interlocked.Increment(ref node._runsStarted);
            runStarted?.Invoke(r);
        }), ClusterConfig.WorkerActorName);
        var cluster = Akka.Cluster.Cluster.Get(system);
        cluster.RegisterOnMemberUp(() =>
        {
            say($"joined the cluster as {cluster.SelfAddress} (seed {(seed ?? self)}), {node.Cores} core(s) for runs");
            node._joined.TrySetResult();
        });
        return node;
    }

    /// <summary>Leaves the cluster gracefully, then stops: the others hand this node's unfinished runs elsewhere at once.</summary>
    public Task LeaveAsync() => CoordinatedShutdown.Get(_system).Run(CoordinatedShutdown.ClrExitReason.Instance);

    /// <summary>Stops abruptly without leaving, as a crash would: the others find out from the failure detector.</summary>
    public Task Kill() => _system.Terminate();

    public void Dispose()
    {
        if (!_system.WhenTerminated.IsCompleted)
        {
            _system.Terminate().Wait(TimeSpan.FromSeconds(10));
        }
    }
}
