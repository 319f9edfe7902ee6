using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Priority by tenant category: key projects first, then research, university, enterprise, SME and
/// startup; arrival order within a category. Jobs start in that order until one does not fit, which
/// then blocks the rest so a large high-priority gang is not starved by small low-priority ones.
/// </summary>
public sealed class PriorityScheduling : ISchedulingPolicy
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

    public void Schedule(SchedulingContext context)
    {
        var queue = context.Queue;
        _order.Clear();
        for (var i = 0; i < queue.Count; i++)
        {
            _order.Add(i);
        }
        _order.Sort((a, b) =>
        {
            var c = Rank(queue[a].Category).CompareTo(Rank(queue[b].Category));
            return c != 0 ? c : a.CompareTo(b);
        });
        foreach (var i in _order)
        {
            if (!context.TryStart(i))
            {
                return;
            }
        }
    }
}
