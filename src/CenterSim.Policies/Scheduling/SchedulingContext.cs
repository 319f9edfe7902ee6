using CenterSim.Policies.Placement;

namespace CenterSim.Policies.Scheduling;

/// <summary>
/// One scheduling pass: the waiting queue in arrival order, the jobs running, the chip book and the
/// placement policy. A policy appends its choices to <see cref="Decisions"/>. The scheduler actor reuses
/// one context, so a pass allocates nothing but the grants of jobs that start.
/// </summary>
public sealed class SchedulingContext
{
    // Chip counts that found no admitted place, with the book's version (and the power check's) then: a
    // deterministic placement asked again for as many chips on an unchanged state gives the same answer,
    // so a long queue of jobs of a few sizes costs one search per size and state, not one per job.
    private readonly Dictionary<int, (long Book, long Admit)> _refusedAt = new();
    private readonly bool _deterministicPlacement;

    public SchedulingContext(ClusterBook cluster, IPlacementPolicy placement)
    {
        Cluster = cluster;
        Placement = placement;
        _deterministicPlacement = placement is not ISeededPolicy;
    }

    public double Now { get; set; }

    public IReadOnlyList<IJobView> Queue { get; set; } = Array.Empty<IJobView>();

    /// <summary>Jobs running now; each one's expected end is StartTime + RuntimeSeconds.</summary>
    public IReadOnlyList<IJobView> Running { get; set; } = Array.Empty<IJobView>();

    public ClusterBook Cluster { get; }

    /// <summary>
    /// The fewest chips a job waiting at the start of the pass asks for (1 unless the scheduler says):
    /// once fewer are free, no job can start and a pass that looks at every waiting job may stop.
    /// </summary>
    public int SmallestWaitingChips { get; set; } = 1;

    /// <summary>True when fewer chips are free than any waiting job asks for: every further try would fail.</summary>
    public bool NothingFits => Cluster.TotalFree < SmallestWaitingChips;

    public IPlacementPolicy Placement { get; }

    public List<StartDecision> Decisions { get; } = new();

    /// <summary>
    /// The waiting jobs in the order of the policy's key (then queue order), kept by the scheduler for a
    /// policy that is an <see cref="IOrdersQueue"/>; null when not kept (then such a policy sorts
    /// <see cref="Queue"/> itself). Start jobs from it with <see cref="TryStart(IJobView)"/>.
    /// </summary>
    public IEnumerable<IJobView>? QueueInOrder { get; set; }

    /// <summary>
    /// The running jobs' expected ends and chips in time order (ties by job id), kept up to date by the
    /// scheduler as jobs start, stop and change speed; null when not kept (then a policy sorts
    /// <see cref="Running"/> itself).
    /// </summary>
    public EndOrderedSet? RunningByEnd { get; set; }

    /// <summary>
    /// Power admission when starts are held to keep a cap: false means starting on these chips would
    /// exceed a cap now, so the job waits. Null (no caps) admits everything.
    /// </summary>
    public Func<ChipGrant[], bool>? Admit { get; set; }

    /// <summary>
    /// Grows whenever something <see cref="Admit"/> reads beyond this book changes (other pools' books,
    /// servers going down or up): a refusal is remembered only while it stays the same. Null: Admit reads
    /// nothing else.
    /// </summary>
    public Func<long>? AdmitVersion { get; set; }

    /// <summary>
    /// A rule on the job itself, checked before it is placed: false means it must wait (e.g. the chips it
    /// would take are reserved for other tenants). Null admits everything.
    /// </summary>
    public Func<IJobView, bool>? MayStart { get; set; }

    /// <summary>Places the job at queue index <paramref name="index"/>, reserves its chips and records the decision.</summary>
    public bool TryStart(int index) => TryStart(Queue[index], index);

    /// <summary>Places a waiting job taken from <see cref="QueueInOrder"/>, reserves its chips and records the decision.</summary>
    public bool TryStart(IJobView job) => TryStart(job, -1);

    private bool TryStart(IJobView job, int index)
    {
        if (MayStart is { } mayStart && !mayStart(job))
        {
            return false;
        }
        if (job.Chips > Cluster.TotalFree)
        {
            return false;
        }
        var state = (Cluster.Version, AdmitVersion?.Invoke() ?? 0);
        if (_deterministicPlacement && _refusedAt.TryGetValue(job.Chips, out var refusedAt) && refusedAt == state)
        {
            return false;
        }
        if (!Placement.TryPlace(job.Chips, Cluster, out var grants)
            || (Admit is { } admit && !admit(grants) && !TryOtherRacks(job.Chips, admit, grants, out grants)))
        {
            _refusedAt[job.Chips] = state;
            return false;
        }
        Cluster.Reserve(grants);
        Decisions.Add(new StartDecision(index, grants) { Job = job });
        return true;
    }

    /// <summary>
    /// The placement policy knows nothing of power caps, so the place it picks may break one while
    /// another rack has room. Hide the racks of each refused placement from the policy and ask again,
    /// until a placement is admitted or none is left. Without this, a head-of-line job refused on its
    /// first rack would hold up the whole queue. Racks stay hidden until the search ends, so each is
    /// hidden once; hiding is no change of the book (nor of the power it draws), so the power check
    /// reads the book as it is.
    /// </summary>
    private bool TryOtherRacks(int chips, Func<ChipGrant[], bool> admit, ChipGrant[] refused, out ChipGrant[] grants)
    {
        grants = refused;
        try
        {
            while (true)
            {
                var newlyHidden = false;
                foreach (var g in grants)
                {
                    newlyHidden |= Cluster.HideRack(Cluster.RackOf(g.Server));
                }
                if (!newlyHidden || chips > Cluster.TotalFree || !Placement.TryPlace(chips, Cluster, out grants))
                {
                    return false;
                }
                if (admit(grants))
                {
                    return true;
                }
            }
        }
        finally
        {
            Cluster.ShowHidden();
        }
    }
}
