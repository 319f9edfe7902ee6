using CenterSim.Policies.Capacity;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Scheduling;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// One pool's side of the scheduler: its book of free chips, its waiting and running jobs, and the
/// policies that decide for it (scheduling, placement, and the capacity rule of its pricing). A pass lets
/// the capacity rule act, then the scheduling policy, then the rule again; starts and preemptions go
/// through the <see cref="JobRunner"/>.
/// </summary>
public sealed class PoolQueue : ICapacityControl
{
    private readonly ISchedulingPolicy _policy;
    private readonly SchedulingContext _context;
    private readonly JobRunner _runner;

    public PoolQueue(PoolLayout layout, ISchedulingPolicy policy, IPlacementPolicy placement, IPricingPolicy pricing,
        ICapacityRule? rule, JobRunner runner)
    {
        Layout = layout;
        Book = new ClusterBook(layout.Racks, layout.ServersPerRack, layout.ChipsPerServer);
        Placement = placement;
        Pricing = pricing;
        Rule = rule;
        _policy = policy;
        _runner = runner;
        _context = new SchedulingContext(Book, placement);
        if (rule is not null)
        {
            _context.MayStart = job => rule.MayStart(job, this);
        }
    }

    public PoolLayout Layout { get; }

    public ClusterBook Book { get; }

    public IPricingPolicy Pricing { get; }

    public ICapacityRule? Rule { get; }

    public List<JobState> Waiting { get; } = new();

    public List<JobState> Jobs { get; } = new();

    public double Now => _runner.Now;

    public IReadOnlyList<IJobView> Queue => Waiting;

    public IReadOnlyList<IJobView> Running => Jobs;

    public ClusterBook Cluster => Book;

    public IPlacementPolicy Placement { get; }

    public Func<ChipGrant[], bool>? Admit
    {
        get => _context.Admit;
        set => _context.Admit = value;
    }

    public ChipGrant[] GrantsOf(IJobView running) => ((JobState)running).Grants;

    public void Preempt(IJobView running) => _runner.Preempt(this, (JobState)running);

    public void Start(IJobView queued, ChipGrant[] grants)
    {
        var job = (JobState)queued;
        Waiting.Remove(job);
        Book.Reserve(grants);
        _runner.Start(this, job, grants);
    }

    /// <summary>Puts a job back in the queue in its arrival place (after a preemption or failure).</summary>
    public void Requeue(JobState job)
    {
        var at = Waiting.FindIndex(q => q.Id > job.Id);
        Waiting.Insert(at < 0 ? Waiting.Count : at, job);
    }

    public void Pass()
    {
        Rule?.AroundPass(this);
        PolicyPass();
        Rule?.AroundPass(this);
    }

    private void PolicyPass()
    {
        if (Waiting.Count == 0)
        {
            return;
        }
        _context.Now = Now;
        _context.Queue = Waiting;
        _context.Running = Jobs;
        _context.Decisions.Clear();
        _policy.Schedule(_context);
        var decisions = _context.Decisions;
        if (decisions.Count == 0)
        {
            return;
        }
        var started = new JobState[decisions.Count];
        for (var i = 0; i < decisions.Count; i++)
        {
            started[i] = Waiting[decisions[i].QueueIndex];
            Waiting[decisions[i].QueueIndex] = null!;
        }
        Waiting.RemoveAll(static j => j is null);
        for (var i = 0; i < decisions.Count; i++)
        {
            _runner.Start(this, started[i], decisions[i].Grants);
        }
    }

    /// <summary>The smallest waiting gang, for the fragmentation metric; 0 when none waits.</summary>
    public int StrandedChips()
    {
        var smallest = int.MaxValue;
        foreach (var job in Waiting)
        {
            if (job.Chips < smallest)
            {
                smallest = job.Chips;
                if (smallest == 1)
                {
                    break;
                }
            }
        }
        return smallest == int.MaxValue ? 0 : Fragmentation.StrandedChips(Book, smallest);
    }
}
