using Akka.Actor;
using CenterSim.Model.Infrastructure;
using CenterSim.Model.Units;
using CenterSim.Policies.Capacity;
using CenterSim.Policies.Topology;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Scheduling;
using CenterSim.Simulation.Serving;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Holds every pool's queue and running jobs and owns their state. After every arrival, completion,
/// failure and repair it lets each pool's policies decide what starts (or is preempted), has the
/// <see cref="JobRunner"/> carry it out, re-throttles under power caps and recounts stranded chips. Its
/// meters integrate allocated chips, queue length and jobs in system over time, so averages are exact.
/// </summary>
public sealed class SchedulerActor : SimActor
{
    private readonly PoolQueue[] _pools;
    private readonly JobRunner _runner;
    private readonly SchedulerMeters _meters;
    private readonly PowerGovernor? _governor;
    private readonly Throttler? _throttler;
    private readonly bool[] _down;
    private readonly bool _watchLoad;
    private readonly ServingChips? _serving;
    private readonly List<JobState> _victims = new();
    private double _lastLoadChipSeconds;
    private long _downChanges;

    public SchedulerActor(RunContext run, IReadOnlyList<PoolPolicies> policies)
        : base(run)
    {
        var layout = run.Layout;
        var infra = run.Spec.Infrastructure;
        _meters = new SchedulerMeters(layout.Pools.Count, infra.Failures?.Causes.Count ?? 0);
        _down = new bool[layout.ServerCount];
        var management = infra.Power?.Management ?? PowerManagementSpec.Default;
        var sleep = management.Sleeps ? new SleepTracker(management, layout.ServerCount) : null;
        var communication = layout.Pools
            .Select(p => infra.Topology is { } t ? new CommunicationModel(t, p.ServersPerRack, p.ChipsPerServer, p.Spec.Racks.UplinkGbps) : null)
            .ToArray();
        var throttling = infra.Power is { HasCaps: true, Capping: CappingMode.Throttle };
        _runner = new JobRunner(run, this, _meters, new CheckpointModel(infra.Failures), sleep, communication)
        {
            Placed = throttling || infra.Failures is not null ? new ServerJobs(layout.ServerCount, trackChanges: throttling) : null,
        };
        _pools = layout.Pools.Select(p => new PoolQueue(p, policies[p.Index].Scheduling, policies[p.Index].Placement,
            policies[p.Index].Pricing, policies[p.Index].CapacityRule, _runner)).ToArray();
        _watchLoad = policies.Any(p => p.Pricing.NeedsLoad);
        _serving = run.Spec.Serving is { } serving ? new ServingChips(run, _pools, _runner, _meters, serving) : null;
        if (infra.Power is { HasCaps: true } power)
        {
            _governor = new PowerGovernor(layout, power, new PueModel(run.Spec), _down);
            _throttler = power.Capping == CappingMode.Throttle ? new Throttler(run, _governor, _runner) : null;
            if (power.Capping == CappingMode.Delay)
            {
                foreach (var pool in _pools)
                {
                    pool.Admit = grants => _governor.Admit(_pools, pool, grants);
                    pool.AdmitVersion = AdmitVersion;
                }
            }
        }
    }

    /// <summary>What delay capping's check reads: every pool's book (each version only grows, so their sum moves with any) and the down servers.</summary>
    private long AdmitVersion()
    {
        var version = _downChanges;
        foreach (var pool in _pools)
        {
            version += pool.Book.Version;
        }
        return version;
    }

    protected override void OnStart()
    {
        if (_watchLoad)
        {
            Clock.After(SimTime.Hour, this, SchedulerProtocol.PostLoad.Instance);
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case SchedulerProtocol.PostLoad:
                PostLoad();
                break;
            case SchedulerProtocol.Enqueue enqueue:
                Accumulate();
                var job = enqueue.Job;
                var pool = _pools[job.Pool];
                var interval = _runner.Checkpoints.IntervalFor(job.Chips, pool.Layout.ChipsPerServer);
                pool.Add(new JobState(job, _runner.Checkpoints.TotalWork(job.RuntimeSeconds, interval))
                {
                    CheckpointInterval = interval,
                    CostYuan = job.CostYuan,
                    Stretches = pool.Pricing.BillsOnUse ? new() : null,
                });
                _meters.Queued++;
                AfterChange();
                break;
            case SchedulerProtocol.Finish finish:
                if (finish.Cancelled || finish.Job.RunningSlot < 0)
                {
                    throw new InvalidOperationException($"job {finish.Job.Id}'s finish came due after it was called off or the job stopped running");
                }
                Accumulate();
                _runner.Complete(_pools[finish.Job.Pool], finish.Job);
                AfterChange();
                break;
            case SchedulerProtocol.ServerFailed failed:
                Accumulate();
                OnServerFailed(failed.Server, failed.RepairSeconds, failed.Cause);
                AfterChange();
                break;
            case SchedulerProtocol.ServerRepaired repaired:
                Accumulate();
                OnServerRepaired(repaired.Server);
                AfterChange();
                break;
            case SchedulerProtocol.SnapshotRequest request:
                Accumulate();
                Sender.Tell(SchedulerReports.Snapshot(request.Tag, _pools, _meters, _runner.Checkpoints, Now));
                break;
            case ServingProtocol.AcquireReplica or ServingProtocol.ReleaseReplica or ServingProtocol.CountersRequest when _serving is not null:
                Accumulate();
                _serving.Receive(message, Sender);
                AfterChange();
                break;
            case SchedulerProtocol.OpenJobsRequest open:
                Sender.Tell(SchedulerReports.OpenJobs(open, _pools, _meters, Now));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    /// <summary>
    /// Every hour: the share of the center's chips allocated over the hour and the jobs waiting now are
    /// posted for bills, the market's quotes and the broker, so all read the same load.
    /// </summary>
    private void PostLoad()
    {
        Accumulate();
        var utilization = (_meters.AllocatedChipSeconds - _lastLoadChipSeconds) / (SimTime.Hour * Run.Spec.TotalChips);
        _lastLoadChipSeconds = _meters.AllocatedChipSeconds;
        _runner.Load.Post(Now, utilization, _meters.Queued);
        Run.Directory.Market.Tell(new MarketProtocol.LoadPosted(utilization, _meters.Queued) { Center = Math.Max(0, Run.CenterIndex) });
        if (Run.CenterIndex >= 0)
        {
            Run.Directory.Broker.Tell(LoadReport.Of(Run.CenterIndex, _pools, _meters, _runner.Ahead!, _runner.Load, Now), Self);
        }
        Clock.After(SimTime.Hour, this, SchedulerProtocol.PostLoad.Instance);
    }

    private void Accumulate()
    {
        _serving?.Accumulate(Now);
        var dt = _meters.Accumulate(Now);
        if (dt > 0)
        {
            foreach (var pool in _pools)
            {
                pool.Rule?.Accumulate(dt);
            }
        }
    }

    /// <summary>After any change: every pool schedules (power caps join them), then throttling, stranded chips and the broker's load report.</summary>
    private void AfterChange()
    {
        _serving?.Pass();
        foreach (var pool in _pools)
        {
            if (_serving?.Blocks(pool.Layout.Index) != true)
            {
                pool.Pass();
            }
        }
        _throttler?.Rebalance(_pools);
        var stranded = 0;
        foreach (var pool in _pools)
        {
            stranded += pool.StrandedChips();
        }
        _meters.StrandedChips = stranded;
        if (Run.CenterIndex >= 0)
        {
            Run.Directory.Broker.Tell(LoadReport.Of(Run.CenterIndex, _pools, _meters, _runner.Ahead!, _runner.Load, Now), Self);
        }
    }

    private void OnServerFailed(int server, double repairSeconds, int cause)
    {
        if (_down[server])
        {
            return;
        }
        _meters.Failures.Failed(cause);
        var pool = _pools[Run.Layout.PoolOfServer(server).Index];
        var local = server - pool.Layout.FirstServer;
        // Its jobs from the last in the running list to the first, the order a walk down the list would kill them in.
        _victims.Clear();
        var placed = _runner.Placed ?? throw new InvalidOperationException($"server {server} failed in a run without failures");
        _victims.AddRange(placed.On(server));
        _victims.Sort(static (a, b) => b.RunningSlot.CompareTo(a.RunningSlot));
        foreach (var job in _victims)
        {
            if (job.RunningSlot >= 0)
            {
                _runner.Kill(pool, job);
                _meters.Failures.Interrupted(cause);
            }
        }
        _serving?.ServerFailed(pool.Layout.Index, local);
        _down[server] = true;
        _downChanges++;
        Run.Events?.Failed(Run, server, repairSeconds);
        pool.Book.SetDown(local);
        Run.Directory.Servers[server].Tell(new ServerProtocol.PowerState(false));
        Clock.After(repairSeconds, this, new SchedulerProtocol.ServerRepaired(server));
    }

    private void OnServerRepaired(int server)
    {
        var pool = _pools[Run.Layout.PoolOfServer(server).Index];
        _down[server] = false;
        _downChanges++;
        Run.Events?.Repaired(Run, server);
        pool.Book.SetUp(server - pool.Layout.FirstServer);
        _serving?.ServerRepaired(pool.Layout.Index, server - pool.Layout.FirstServer);
        _runner.Sleep?.MarkEmpty(server, Now);
        Run.Directory.Servers[server].Tell(new ServerProtocol.PowerState(true));
    }
}
