using Akka.Actor;
using CenterSim.Model.Serving;
using CenterSim.Policies;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Serving;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// The scheduler's side of inference services: replicas get chips of their pool's book, so they and
/// training compete for the same chips, under the center's chip-sharing policy. Under <c>partition</c> the
/// pool's last servers are taken out of the training book at the start and replicas are placed among them;
/// otherwise a replica takes free chips, and under <c>harvest</c> training jobs are preempted for it through
/// the scheduler's own preemption (they lose work since their last checkpoint). While a replica waits under a
/// services-first policy, its pool starts no training job. Replicas show on their servers as busy chips.
/// </summary>
public sealed class ServingChips
{
    private readonly RunContext _run;
    private readonly PoolQueue[] _pools;
    private readonly JobRunner _runner;
    private readonly SchedulerMeters _meters;
    private readonly IChipSharingPolicy _policy;
    private readonly ServingPartition?[] _partition;
    private readonly List<HeldReplica>[] _pending;
    private readonly Dictionary<(int Service, int Replica), HeldReplica> _held = new();
    private readonly int[] _servingChips;
    private readonly int[] _maxChips;
    private double _last;
    private long _preempted;
    private double _lostChipSeconds;
    private double _servingChipSeconds;
    private double _lentChipSeconds;
    private double _blockedSeconds;

    public ServingChips(RunContext run, PoolQueue[] pools, JobRunner runner, SchedulerMeters meters, ServingSpec spec)
    {
        _run = run;
        _pools = pools;
        _runner = runner;
        _meters = meters;
        _policy = PolicyCatalog.ChipSharing.Create(spec.Sharing);
        _pending = pools.Select(_ => new List<HeldReplica>()).ToArray();
        _servingChips = new int[pools.Length];
        _maxChips = new int[pools.Length];
        foreach (var s in spec.Services)
        {
            _maxChips[s.Pool] += s.Autoscaling.MaxReplicas * s.ChipsPerReplica;
        }
        _partition = pools.Select(p => _maxChips[p.Layout.Index] > 0 && _policy.ReservedShare > 0
            ? new ServingPartition(p.Book, _policy.ReservedShare) : null).ToArray();
    }

    /// <summary>Whether a waiting replica holds back the pool's training starts now.</summary>
    public bool Blocks(int pool) => _policy.ServicesFirst && _pending[pool].Count > 0;

    public void Receive(object message, IActorRef sender)
    {
        switch (message)
        {
            case ServingProtocol.AcquireReplica a:
                _pending[a.Pool].Add(new HeldReplica(sender, a.Service, a.Replica, a.Pool, a.Chips));
                break;
            case ServingProtocol.ReleaseReplica r:
                Release(r.Service, r.Replica);
                break;
            case ServingProtocol.CountersRequest:
                sender.Tell(new ServingProtocol.SharingCounters(_preempted, _lostChipSeconds, _servingChipSeconds, _lentChipSeconds, _blockedSeconds));
                break;
        }
    }

    /// <summary>Integrates the sharing quantities up to <paramref name="now"/>; the scheduler calls it before every change.</summary>
    public void Accumulate(double now)
    {
        var dt = now - _last;
        if (dt <= 0)
        {
            return;
        }
        var blocked = false;
        for (var p = 0; p < _pools.Length; p++)
        {
            _servingChipSeconds += _servingChips[p] * dt;
            if (_partition[p] is null && _maxChips[p] > 0)
            {
                var training = _meters.PoolChips(p) - _servingChips[p];
                _lentChipSeconds += Math.Min(training, Math.Max(0, _maxChips[p] - _servingChips[p])) * dt;
            }
            blocked |= _pending[p].Count > 0;
        }
        _blockedSeconds += blocked && _policy.ServicesFirst ? dt : 0;
        _last = now;
    }

    /// <summary>Before the pools' own passes: every waiting replica that can have chips gets them, in request order per pool.</summary>
    public void Pass()
    {
        for (var p = 0; p < _pools.Length; p++)
        {
            var pending = _pending[p];
            while (pending.Count > 0 && TryGrant(pending[0]))
            {
                pending.RemoveAt(0);
            }
        }
    }

    /// <summary>A server failed: replicas on it lose their chips (the service is told) before the scheduler takes it down.</summary>
    public void ServerFailed(int pool, int server)
    {
        foreach (var held in _held.Values.Where(h => h.Pool == pool && Array.Exists(h.Grants, g => g.Server == server)).OrderBy(h => h.MeterId).ToList())
        {
            Release(held.ServiceIndex, held.Replica);
            held.Service.Tell(new ServingProtocol.ReplicaLost(held.Replica));
        }
        _partition[pool]?.SetDown(server);
    }

    /// <summary>A repaired server that belongs to the partition goes back to it instead of to training.</summary>
    public void ServerRepaired(int pool, int server) => _partition[pool]?.SetUp(server);

    private bool TryGrant(HeldReplica replica)
    {
        var pool = _pools[replica.Pool];
        ChipGrant[] grants;
        if (_partition[replica.Pool] is { } partition)
        {
            if (!partition.TryPlace(replica.Chips, pool.Placement, out grants))
            {
                return false;
            }
        }
        else if (!pool.Placement.TryPlace(replica.Chips, pool.Book, out grants))
        {
            if (!_policy.PreemptsTraining || HarvestPreemption.MakeRoom(pool, _runner, replica.Chips, _run.Clock.Now) is not { } freed
                || !pool.Placement.TryPlace(replica.Chips, pool.Book, out grants))
            {
                return false;
            }
            _preempted += freed.Jobs;
            _lostChipSeconds += freed.LostChipSeconds;
            pool.Book.Reserve(grants);
        }
        else
        {
            pool.Book.Reserve(grants);
        }
        replica.Grants = grants;
        _held[(replica.ServiceIndex, replica.Replica)] = replica;
        _servingChips[replica.Pool] += replica.Chips;
        _meters.Allocate(replica.Pool, replica.Chips);
        var servers = _run.Directory.Servers;
        foreach (var g in grants)
        {
            servers[pool.Layout.FirstServer + g.Server].Tell(new ServerProtocol.StartJob(replica.MeterId, g.Chips));
        }
        replica.Service.Tell(new ServingProtocol.ReplicaGranted(replica.Replica));
        return true;
    }

    private void Release(int service, int replica)
    {
        if (!_held.Remove((service, replica), out var held))
        {
            foreach (var list in _pending)
            {
                list.RemoveAll(h => h.ServiceIndex == service && h.Replica == replica);
            }
            return;
        }
        var pool = _pools[held.Pool];
        if (_partition[held.Pool] is { } partition)
        {
            partition.Release(held.Grants);
        }
        else
        {
            pool.Book.Release(held.Grants);
        }
        _servingChips[held.Pool] -= held.Chips;
        _meters.Allocate(held.Pool, -held.Chips);
        var servers = _run.Directory.Servers;
        var release = new ServerProtocol.ReleaseJob(held.MeterId);
        foreach (var g in held.Grants)
        {
            servers[pool.Layout.FirstServer + g.Server].Tell(release);
        }
    }
}
