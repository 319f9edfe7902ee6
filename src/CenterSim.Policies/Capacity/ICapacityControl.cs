using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies.Capacity;

/// <summary>What a capacity rule may see of a pool and do to it, between the scheduler's own steps.</summary>
public interface ICapacityControl
{
    double Now { get; }

    /// <summary>Jobs waiting in this pool, in arrival order.</summary>
    IReadOnlyList<IJobView> Queue { get; }

    IReadOnlyList<IJobView> Running { get; }

    ClusterBook Cluster { get; }

    IPlacementPolicy Placement { get; }

    /// <summary>Power admission under caps (null: none): false means starting on these chips would break a cap.</summary>
    Func<ChipGrant[], bool>? Admit { get; }

    /// <summary>The chips (of this pool's book) a running job holds.</summary>
    ChipGrant[] GrantsOf(IJobView running);

    /// <summary>Takes a running job off its chips; it goes back to the queue in its arrival place, losing work since its last checkpoint.</summary>
    void Preempt(IJobView running);

    /// <summary>Starts a waiting job on these chips, which must be free (they are reserved here).</summary>
    void Start(IJobView queued, ChipGrant[] grants);
}
