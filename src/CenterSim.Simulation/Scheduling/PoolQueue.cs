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
        RunningByEnd = policy is IReadsExpectedEnds ? new() : null;
        Waiting = policy is IOrdersQueue ordered ? new WaitingQueue(job => ordered.OrderKey(job)) : new WaitingQueue();
        _context = new SchedulingContext(Book, placement) { RunningByEnd = RunningByEnd, QueueInOrder = Waiting.InOrder };
        if (rule is not null)
        {
            _context.MayStart = job => rule.MayStart(job, this);
        }
    }

    public PoolLayout Layout { get; }

    public ClusterBook Book { get; }

    public IPricingPolicy Pricing { get; }

    public ICapacityRule? Rule { get; }

    /// <summary>Waiting jobs in arrival order; change it only through <see cref="Add"/>, <see cref="Requeue"/> and the pool's own starts.</summary>
    public WaitingQueue Waiting { get; }

    /// <summary>A pass's started jobs and their queue positions, kept between passes so a pass allocates nothing for them.</summary>
    private JobState[] _started = new JobState[4];
    private int[] _positions = new int[4];

    public List<JobState> Jobs { get; } = new();

    /// <summary>Running jobs by expected end (then id), kept by the <see cref="JobRunner"/> for a policy that reads them; null otherwise.</summary>
    public EndOrderedSet? RunningByEnd { get; }

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

    /// <summary>See <see cref="SchedulingContext.AdmitVersion"/>.</summary>
    public Func<long>? AdmitVersion
    {
        get => _context.AdmitVersion;
        set => _context.AdmitVersion = value;
    }

    public ChipGrant[] GrantsOf(IJobView running) => ((JobState)running).Grants;

    public void Preempt(IJobView running) => _runner.Preempt(this, (JobState)running);

    /// <summary>A new job joins the end of the queue.</summary>
    public void Add(JobState job)
    {
        Waiting.Add(job);
    }

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
        Waiting.Insert(job);
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
        _context.SmallestWaitingChips = Waiting.SmallestChips;
        _context.Decisions.Clear();
        _policy.Schedule(_context);
        var decisions = _context.Decisions;
        if (decisions.Count == 0)
        {
            return;
        }
        var n = decisions.Count;
        if (_started.Length < n)
        {
            _started = new JobState[Math.Max(n, 2 * _started.Length)];
            _positions = new int[_started.Length];
        }
        var byPosition = true;
        for (var i = 0; i < n; i++)
        {
            _started[i] = (JobState)decisions[i].Job;
            _positions[i] = decisions[i].QueueIndex;
            byPosition &= _positions[i] >= 0;
        }
        if (byPosition)
        {
            var positions = _positions.AsSpan(0, n);
            positions.Sort();
            Waiting.RemoveAt(positions);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                Waiting.Remove(_started[i]);
            }
        }
        for (var i = 0; i < n; i++)
        {
            _runner.Start(this, _started[i], decisions[i].Grants);
            _started[i] = null!;
        }
    }

    /// <summary>Free chips stranded for the smallest waiting gang (the fragmentation metric); 0 when none waits.</summary>
    public int StrandedChips() => Waiting.Count == 0 ? 0 : Fragmentation.StrandedChips(Book, Waiting.SmallestChips);
}
