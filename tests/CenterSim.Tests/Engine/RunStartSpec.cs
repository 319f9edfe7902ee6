using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Engine;

public class RunStartSpec
{
    [Fact]
    public void Every_actor_of_the_tree_has_started_before_the_first_event_is_delivered()
    {
        // 120 actors four levels deep, half made in constructors and half in OnStart; nothing in the
        // engine knows how many there are.
        using var session = new RunSession(Specs.Mmc(1, 1, 1, 1, 1, 0), 0, typeof(ProbeTreeRoot));
        var clock = session.Context.Clock;
        Assert.Equal(0, clock.Delivered);
        Assert.Equal(ProbeActor.TreeSize, clock.Pending);

        session.RunUntil(0);
        var mine = ProbeActor.Received.Where(p => p.Run == session.Context).OrderBy(p => p.DeliveredBefore).ToList();
        Assert.Equal(120, mine.Count);
        Assert.Equal(120, mine.Select(p => p.Path).Distinct().Count());
        // When the first probe arrived, the other 119 were already in the calendar.
        Assert.Equal(0, mine[0].DeliveredBefore);
        Assert.Equal(119, mine[0].Pending);
        Assert.Equal(Enumerable.Range(0, 120).Select(i => (long)i), mine.Select(p => p.DeliveredBefore));
        Assert.Contains(mine, p => p.Path.EndsWith("/p2/p2/p2/p2", StringComparison.Ordinal));

        // Disposing stops the whole tree on this thread: the root stops last, after all its descendants.
        session.Dispose();
        Assert.True(session.Context.RootStopped);
    }
}
