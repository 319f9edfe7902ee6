using Akka.Actor;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Holds the queue, the running jobs and the book of free chips. After every arrival and every
/// completion it lets the scheduling policy decide which jobs start, tells the chosen servers, and
/// puts each started job's finish into the calendar. It integrates allocated chips, queue length and
/// jobs in system over time, so their averages are exact, not sampled.
/// </summary>
public sealed partial class SchedulerActor : SimActor
{
    private readonly ISchedulingPolicy _policy;
    private readonly ClusterBook _book;
    private readonly SchedulingContext _context;
    private readonly List<Job> _queue = new();
    private readonly List<Job> _running = new();
    private readonly List<int> _racksScratch = new();
    private double _lastChange;
    private int _allocatedChips;
    private double _allocatedChipSeconds;
    private double _queueJobSeconds;
    private double _systemJobSeconds;

    public SchedulerActor(RunContext run, ISchedulingPolicy policy, IPlacementPolicy placement, ClusterBook book)
        : base(run)
    {
        _policy = policy;
        _book = book;
        _context = new SchedulingContext(book, placement);
        _spot = run.Spec.Policies.Pricing.Name == SpotPricingName;
        _reserved = ReservationsOf(run.Spec);
        if (_reserved is not null)
        {
            _reservedInUse = new int[_reserved.Length];
            _context.MayStart = MayStartUnderReservations;
        }
        _infra = Infrastructure.SchedulerInfrastructure.For(run.Spec, book);
        if (_infra?.Capping == Model.Infrastructure.CappingMode.Delay)
        {
            _context.Admit = AdmitUnderCaps;
        }
    }

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case SchedulerProtocol.Enqueue enqueue:
                Accumulate();
                _queue.Add(enqueue.Job);
                SchedulePass();
                AfterChange();
                break;
            case SchedulerProtocol.Finish finish:
                if (finish.Version != finish.Job.Version)
                {
                    break; // the job was slowed or restarted since this finish was planned
                }
                Accumulate();
                Complete(finish.Job);
                SchedulePass();
                AfterChange();
                break;
            case SchedulerProtocol.ServerFailed failed:
                Accumulate();
                OnServerFailed(failed.Server, failed.RepairSeconds);
                SchedulePass();
                AfterChange();
                break;
            case SchedulerProtocol.ServerRepaired repaired:
                Accumulate();
                OnServerRepaired(repaired.Server);
                SchedulePass();
                AfterChange();
                break;
            case SchedulerProtocol.SnapshotRequest request:
                Accumulate();
                Sender.Tell(new SchedulerProtocol.Snapshot(request.Tag, _allocatedChipSeconds, _queueJobSeconds, _systemJobSeconds, _queue.Count, _running.Count)
                {
                    EffectiveChipSeconds = _effectiveChipSeconds,
                    ThrottledChipSeconds = _throttledChipSeconds,
                    StrandedChipSeconds = _strandedChipSeconds,
                    LostChipSeconds = _lostChipSeconds,
                    ReservedUsedChipSeconds = _reservedUsedChipSeconds,
                });
                break;
            case SchedulerProtocol.OpenJobsRequest:
                Sender.Tell(new SchedulerProtocol.OpenJobs(_queue.ToArray(), _running.ToArray()));
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void Accumulate()
    {
        var dt = Now - _lastChange;
        if (dt > 0)
        {
            _allocatedChipSeconds += _allocatedChips * dt;
            _queueJobSeconds += _queue.Count * dt;
            _systemJobSeconds += (_queue.Count + _running.Count) * dt;
            _effectiveChipSeconds += _effectiveChips * dt;
            _throttledChipSeconds += _throttledChips * dt;
            _strandedChipSeconds += _strandedChips * dt;
            _reservedUsedChipSeconds += _reservedUsedChips * dt;
            _lastChange = Now;
        }
    }

    private void SchedulePass()
    {
        if (_spot)
        {
            StartOnDemandBeforeSpot();
            PolicyPass();
            StartOnDemandBeforeSpot();
        }
        else
        {
            PolicyPass();
        }
    }

    private void PolicyPass()
    {
        if (_queue.Count == 0)
        {
            return;
        }
        _context.Now = Now;
        _context.Queue = _queue;
        _context.Running = _running;
        _context.Decisions.Clear();
        _policy.Schedule(_context);
        var decisions = _context.Decisions;
        if (decisions.Count == 0)
        {
            return;
        }
        foreach (var d in decisions)
        {
            Start(_queue[d.QueueIndex], d.Grants);
            _queue[d.QueueIndex] = null!;
        }
        _queue.RemoveAll(static j => j is null);
    }

    private void Start(Job job, ChipGrant[] grants)
    {
        var firstStart = double.IsNaN(job.StartTime);
        if (firstStart)
        {
            job.StartTime = Now;
        }
        job.LastStartTime = Now;
        if (_reserved is not null)
        {
            TakeReserved(job, firstStart);
        }
        job.Grants = grants;
        job.RunningSlot = _running.Count;
        _running.Add(job);
        _allocatedChips += job.Chips;
        var wake = 0.0;
        if (_infra is not null)
        {
            wake = OnStart(job, grants);
        }
        _effectiveChips += job.Chips * job.Efficiency * job.Speed;
        var servers = Run.Directory.Servers;
        foreach (var g in grants)
        {
            servers[g.Server].Tell(new ServerProtocol.StartJob(job, g.Chips, wake));
        }
        if (grants.Length > 1)
        {
            var racks = RacksOf(grants);
            foreach (var rack in racks)
            {
                Run.Directory.RackLinks[rack].Tell(new LinkProtocol.FlowStarted(job.Id));
            }
            if (racks.Count > 0)
            {
                Run.Directory.Spine.Tell(new LinkProtocol.FlowStarted(job.Id));
            }
        }
        if (_infra is null)
        {
            Clock.After(job.RuntimeSeconds, Self, new SchedulerProtocol.Finish(job, job.Version));
        }
        else
        {
            PlanFinish(job);
        }
    }

    private void Complete(Job job)
    {
        job.EndTime = Now;
        Stop(job);
        Run.Directory.Metrics.Tell(new MetricsProtocol.JobCompleted(job));
    }

    /// <summary>Takes a job off its chips, whether it finished or died with a server.</summary>
    private void Stop(Job job)
    {
        _book.Release(job.Grants);
        _allocatedChips -= job.Chips;
        if (_reserved is not null)
        {
            ReleaseReserved(job);
        }
        _effectiveChips -= job.Chips * job.Efficiency * job.Speed;
        _throttledChips -= job.Chips * (1 - job.Speed);
        var last = _running[^1];
        _running[job.RunningSlot] = last;
        last.RunningSlot = job.RunningSlot;
        _running.RemoveAt(_running.Count - 1);
        job.RunningSlot = -1;
        var servers = Run.Directory.Servers;
        foreach (var g in job.Grants)
        {
            servers[g.Server].Tell(new ServerProtocol.ReleaseJob(job, g.Chips));
        }
        if (job.Grants.Length > 1)
        {
            var racks = RacksOf(job.Grants);
            foreach (var rack in racks)
            {
                Run.Directory.RackLinks[rack].Tell(new LinkProtocol.FlowEnded(job.Id));
            }
            if (racks.Count > 0)
            {
                Run.Directory.Spine.Tell(new LinkProtocol.FlowEnded(job.Id));
            }
        }
        _infra?.Released(job.Grants, Now, _book);
    }

    /// <summary>The racks a gang spans, when it spans more than one; otherwise none (no uplink traffic).</summary>
    private List<int> RacksOf(ChipGrant[] grants)
    {
        _racksScratch.Clear();
        foreach (var g in grants)
        {
            var r = _book.RackOf(g.Server);
            if (!_racksScratch.Contains(r))
            {
                _racksScratch.Add(r);
            }
        }
        if (_racksScratch.Count < 2)
        {
            _racksScratch.Clear();
        }
        return _racksScratch;
    }
}
