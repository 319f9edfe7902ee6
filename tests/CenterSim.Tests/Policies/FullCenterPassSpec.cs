using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Policies;

/// <summary>A pass that looks at every waiting job stops once fewer chips are free than any of them asks for.</summary>
public class FullCenterPassSpec
{
    private static (SchedulingContext Context, Func<int> Looked) Full(int freeChips, int smallest)
    {
        // 4 servers of 8 chips with all but freeChips taken; 1,000 jobs of 8 chips (the smallest size said) wait.
        var book = new ClusterBook(1, 4, 8);
        book.Reserve(new[] { new ChipGrant(0, 8), new ChipGrant(1, 8), new ChipGrant(2, 8), new ChipGrant(3, 8 - freeChips) });
        var looked = 0;
        var queue = Enumerable.Range(0, 1000).Select(i => (IJobView)new FakeJob(i, 8, 100 + i)).ToArray();
        var context = new SchedulingContext(book, new FirstFitPlacement())
        {
            Queue = queue,
            QueueInOrder = queue,
            SmallestWaitingChips = smallest,
            MayStart = _ => { looked++; return true; },
        };
        return (context, () => looked);
    }

    [Fact]
    public void Shortest_job_first_looks_at_no_job_when_none_can_fit()
    {
        var (context, looked) = Full(freeChips: 4, smallest: 8);
        new ShortestJobFirstScheduling().Schedule(context);
        Assert.Empty(context.Decisions);
        Assert.Equal(0, looked());
        // Told nothing of sizes (the default, one chip), it looks at every job and starts none.
        var (unknown, lookedUnknown) = Full(freeChips: 4, smallest: 1);
        new ShortestJobFirstScheduling().Schedule(unknown);
        Assert.Empty(unknown.Decisions);
        Assert.Equal(1000, lookedUnknown());
    }

    [Fact]
    public void Backfilling_stops_behind_a_blocked_head_once_nothing_fits()
    {
        var (context, looked) = Full(freeChips: 4, smallest: 8);
        new EasyBackfillScheduling().Schedule(context);
        Assert.Empty(context.Decisions);
        // The head is tried (and blocked); no job behind it is.
        Assert.Equal(1, looked());
    }
}
