using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Priority by tenant category: key projects first, then research, university, enterprise, SME and
/// startup; arrival order within a category. Jobs start in that order until one does not fit, which
/// then blocks the rest so a large high-priority gang is not starved by small low-priority ones. The
/// scheduler keeps the queue in that order, so a pass costs the jobs it looks at, not a sort.
/// </summary>
public sealed class PriorityScheduling : ISchedulingPolicy, IOrdersQueue
{
    private readonly List<int> _order = new();

    public static int Rank(TenantCategory category) => category switch
    {
        TenantCategory.KeyProject => 0,
        TenantCategory.Research => 1,
        TenantCategory.University => 2,
        TenantCategory.Enterprise => 3,
        TenantCategory.Sme => 4,
        _ => 5,
    };

    public double OrderKey(IJobView job) => Rank(job.Category);

    public void Schedule(SchedulingContext context)
    {
        if (context.QueueInOrder is { } ordered)
        {
            foreach (var job in ordered)
            {
                if (!context.TryStart(job))
                {
                    return;
                }
            }
            return;
        }
        foreach (var i in QueueOrder.Sorted(context.Queue, this, _order))
        {
            if (!context.TryStart(i))
            {
                return;
            }
        }
    }
}
