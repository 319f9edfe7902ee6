using Akka.Actor;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Topology;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Puts jobs on chips and takes them off: it tells the servers and links, keeps the meters, tracks each
/// job's progress (rate = placement efficiency × throttle speed, after any wake-up or restart time) and
/// puts its finish in the calendar, moving it whenever the rate changes.
/// </summary>
public sealed class JobRunner
{
    private readonly RunContext _run;
    private readonly SimActor _owner;
    private int[] _rackStamp = Array.Empty<int>();
    private int _stamp;
    private readonly CommunicationModel?[] _communication;
    private readonly List<int> _racks = new();
    private readonly bool _tellMarket;

    /// <param name="owner">the scheduler whose collaborator this is: it posts to the servers and links</param>
    public JobRunner(RunContext run, SimActor owner, SchedulerMeters meters, CheckpointModel checkpoints, SleepTracker? sleep, CommunicationModel?[] communication)
    {
        _run = run;
        _owner = owner;
        Meters = meters;
        Checkpoints = checkpoints;
        Sleep = sleep;
        _communication = communication;
        _tellMarket = run.Spec.Market is not null;
        Ahead = run.CenterIndex >= 0 ? new RunningLoad() : null;
    }

    public SchedulerMeters Meters { get; }

    public CheckpointModel Checkpoints { get; }

    public SleepTracker? Sleep { get; }

    /// <summary>Which jobs are on each server, kept only when something reads it (throttle capping, failures).</summary>
    public ServerJobs? Placed { get; init; }

    /// <summary>The load the scheduler posts hourly, which load-dependent bills read.</summary>
    public LoadHistory Load { get; } = new();

    /// <summary>What the running jobs still expect to hold, for the broker's load report; kept only in a network run.</summary>
    public RunningLoad? Ahead { get; }

    public double Now => _run.Clock.Now;

    public void Start(PoolQueue pool, JobState job, ChipGrant[] grants)
    {
        var firstStart = double.IsNaN(job.StartTime);
        if (firstStart)
        {
            job.StartTime = Now;
            Meters.StartedChips += job.Chips;
        }
        var restart = job.Restarts + job.Preemptions > 0 ? Checkpoints.RestartSeconds : 0;
        job.LastStartTime = Now;
        var covered = pool.Rule?.Started(job, firstStart) ?? 0;
        if (covered > 0)
        {
            var (cash, voucher) = pool.Pricing.CoveredRefund(job.Job.PaidCashCents, job.Job.PaidVoucherCents, covered, job.Chips);
            job.CostYuan = (job.Job.PaidCashCents + job.Job.PaidVoucherCents - cash - voucher) / 100.0;
            _run.Directory.Market.Tell(new MarketProtocol.Covered(job.Job, covered, cash, voucher));
        }
        job.Grants = grants;
        job.RunningSlot = pool.Jobs.Count;
        pool.Jobs.Add(job);
        Placed?.Add(job, pool.Layout.FirstServer);
        Meters.Allocate(pool.Layout.Index, job.Chips);
        Meters.Queued--;
        Meters.Running++;
        job.Efficiency = _communication[pool.Layout.Index]?.Efficiency(grants) ?? 1;
        job.Speed = 1;
        var first = pool.Layout.FirstServer;
        // No lambda over first: a captured local would cost an allocation on every start, sleeping or not.
        var wake = Sleep?.WakeSeconds(grants, first, Now) ?? 0;
        job.ProgressSince = Now + wake + restart;
        Meters.EffectiveChips += job.Chips * job.Efficiency * job.Speed;
        var servers = _run.Directory.Local.Servers;
        // Messages are immutable: grants of the same size share one (a gang over whole servers needs one in all).
        ServerProtocol.StartJob? start = null;
        foreach (var g in grants)
        {
            start = start?.Chips == g.Chips ? start : new ServerProtocol.StartJob(job.Id, g.Chips, wake);
            _owner.Post(servers[first + g.Server], start);
        }
        TellLinks(pool, job, start: true);
        PlanFinish(job);
        File(pool, job);
        _run.Events?.Started(_run, job, pool.Layout, grants, Meters.Queued);
    }

    public void Complete(PoolQueue pool, JobState job)
    {
        job.EndTime = Now;
        Meters.Failures.Book(job, job.TotalWork, Checkpoints);
        Meters.StartedChips -= job.Chips;
        _run.Events?.Stopped(_run, "finished", job, Meters.Queued);
        Stop(pool, job);
        if (job.Stretches is { } stretches)
        {
            Settle(pool, job, stretches);
        }
        var result = job.Snapshot(Now);
        _owner.Post(_run.Directory.Local.Metrics, new MetricsProtocol.JobCompleted(result));
        if (_tellMarket)
        {
            _owner.Post(_run.Directory.Local.Market, new MarketProtocol.JobEnded(result));
        }
    }

    /// <summary>A pricing that bills for use sets the final bill; the market settles the difference from what was paid.</summary>
    private void Settle(PoolQueue pool, JobState job, List<UsageStretch> stretches)
    {
        var paid = Ledger.ToCents(job.CostYuan);
        var bill = Ledger.ToCents(pool.Pricing.BillYuan(new JobUsage(job.Chips, job.Job.ChipHours, job.CostYuan, stretches) { Load = Load }));
        job.CostYuan = bill / 100.0;
        if (bill != paid)
        {
            _run.Directory.Market.Tell(new MarketProtocol.Settled(job.Job, bill - paid));
        }
    }

    /// <summary>A capacity rule takes the job's chips back: it loses work since its last checkpoint and waits again.</summary>
    public void Preempt(PoolQueue pool, JobState job)
    {
        _run.Events?.Stopped(_run, "preempted", job, Meters.Queued + 1);
        var lost = TakeOff(pool, job);
        job.PreemptedChipSeconds += lost;
        if (job.Job.Measured)
        {
            Meters.PreemptedJobs += job.Preemptions == 0 ? 1 : 0;
            Meters.PreemptedChipSeconds += lost;
        }
        job.Preemptions++;
    }

    /// <summary>A job dies with a server: it loses work since its last checkpoint and waits again in its arrival place.</summary>
    public void Kill(PoolQueue pool, JobState job)
    {
        _run.Events?.Stopped(_run, "killed", job, Meters.Queued + 1);
        var lost = TakeOff(pool, job);
        job.LostChipSeconds += lost;
        Meters.LostChipSeconds += lost;
        job.Restarts++;
    }

    /// <summary>Sets a running job's throttle speed, moving its finish.</summary>
    public void SetSpeed(PoolQueue pool, JobState job, double speed)
    {
        Unfile(pool, job);
        job.Progress(Now);
        Meters.Failures.Book(job, job.TotalWork - job.WorkLeft, Checkpoints);
        Meters.EffectiveChips += job.Chips * job.Efficiency * (speed - job.Speed);
        Meters.ThrottledChips -= job.Chips * (speed - job.Speed);
        job.Speed = speed;
        PlanFinish(job);
        _run.Clock.CalledOff();
        File(pool, job);
    }

    private void File(PoolQueue pool, JobState job)
    {
        job.EndKey = job.EstimatedEnd;
        pool.RunningByEnd?.Add((job.EndKey, job.Id, job.Chips));
        Ahead?.File(job.EndKey, job.Id, job.Chips);
    }

    private void Unfile(PoolQueue pool, JobState job)
    {
        pool.RunningByEnd?.Remove((job.EndKey, job.Id, job.Chips));
        Ahead?.Unfile(job.EndKey, job.Id, job.Chips);
    }

    private double TakeOff(PoolQueue pool, JobState job)
    {
        job.Progress(Now);
        var done = job.TotalWork - job.WorkLeft;
        Meters.Failures.Book(job, done, Checkpoints);
        var saved = Checkpoints.SavedWork(done, job.CheckpointInterval);
        job.WorkLeft = job.TotalWork - saved;
        Stop(pool, job);
        job.Speed = 1;
        job.Version++;
        _run.Clock.CalledOff();
        job.Grants = Array.Empty<ChipGrant>();
        pool.Requeue(job);
        Meters.Queued++;
        return (done - saved) * job.Chips;
    }

    private void Stop(PoolQueue pool, JobState job)
    {
        pool.Book.Release(job.Grants);
        Placed?.Remove(job, pool.Layout.FirstServer);
        Unfile(pool, job);
        Meters.Allocate(pool.Layout.Index, -job.Chips);
        Meters.Running--;
        pool.Rule?.Stopped(job);
        Meters.EffectiveChips -= job.Chips * job.Efficiency * job.Speed;
        Meters.ThrottledChips -= job.Chips * (1 - job.Speed);
        var last = pool.Jobs[^1];
        pool.Jobs[job.RunningSlot] = last;
        last.RunningSlot = job.RunningSlot;
        Placed?.Moved(last, pool.Layout.FirstServer);
        pool.Jobs.RemoveAt(pool.Jobs.Count - 1);
        job.RunningSlot = -1;
        job.HeldChipSeconds += (Now - job.LastStartTime) * job.Chips;
        job.Stretches?.Add(new UsageStretch(job.LastStartTime, Now, job.Chips));
        var servers = _run.Directory.Local.Servers;
        var first = pool.Layout.FirstServer;
        // One message for the whole gang: each server frees what the job holds there.
        var release = new ServerProtocol.ReleaseJob(job.Id);
        foreach (var g in job.Grants)
        {
            _owner.Post(servers[first + g.Server], release);
            if (Sleep is not null && pool.Book.Free(g.Server) == pool.Book.Capacity(g.Server))
            {
                Sleep.MarkEmpty(first + g.Server, Now);
            }
        }
        TellLinks(pool, job, start: false);
    }

    private void PlanFinish(JobState job)
    {
        job.Version++;
        if (job.Rate > 0)
        {
            _run.Clock.At(job.ProgressSince + job.WorkLeft / job.Rate, _owner, new SchedulerProtocol.Finish(job, job.Version));
        }
    }

    /// <summary>A gang over several racks loads their uplinks and the spine.</summary>
    private void TellLinks(PoolQueue pool, JobState job, bool start)
    {
        if (job.Grants.Length < 2)
        {
            return;
        }
        // Each rack once, in the order its first grant names it: a stamp per rack, not a search of the list.
        var links = _run.Directory.Local.RackLinks;
        if (_rackStamp.Length < links.Length)
        {
            _rackStamp = new int[links.Length];
        }
        _stamp++;
        _racks.Clear();
        foreach (var g in job.Grants)
        {
            var r = pool.Layout.FirstRack + pool.Book.RackOf(g.Server);
            if (_rackStamp[r] != _stamp)
            {
                _rackStamp[r] = _stamp;
                _racks.Add(r);
            }
        }
        if (_racks.Count < 2)
        {
            return;
        }
        var delta = start ? 1 : -1;
        var flows = _run.Directory.RackLinkFlows;
        foreach (var rack in _racks)
        {
            if (flows[rack].Add(Now, (job.Id, delta)) == LinkActor.BatchSize)
            {
                _owner.Post(links[rack], LinkProtocol.ReadFlows.Instance);
            }
        }
        if (_run.Directory.SpineFlows.Add(Now, (job.Id, delta)) == LinkActor.BatchSize)
        {
            _owner.Post(_run.Directory.Local.Spine, LinkProtocol.ReadFlows.Instance);
        }
    }
}
