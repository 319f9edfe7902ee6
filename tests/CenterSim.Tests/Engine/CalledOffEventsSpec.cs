using Akka.Actor;
using CenterSim.Simulation.Engine;

namespace CenterSim.Tests.Engine;

public class CalledOffEventsSpec
{
    [Fact]
    public void A_called_off_event_is_dropped_uncounted_and_the_clock_does_not_move_to_its_time()
    {
        var clock = new SimClock();
        var off = new CalledOffEvent();
        var kept = new CalledOffEvent();
        clock.At(5, ActorRefs.Nobody, off);
        clock.At(5, ActorRefs.Nobody, new CalledOffEvent { Cancelled = true });
        clock.At(8, ActorRefs.Nobody, kept);
        off.Cancelled = true; // called off after it was put in the calendar

        Assert.False(clock.TryNext(7, out _));
        Assert.Equal((0.0, 0L, 2L, 1), (clock.Now, clock.Delivered, clock.Dropped, clock.Pending));

        Assert.True(clock.TryNext(10, out var next));
        Assert.Same(kept, next.Message);
        Assert.Equal((8.0, 1L, 2L, 1L), (clock.Now, clock.Delivered, clock.Dropped, clock.DeliveredAtNow));
    }

    [Fact]
    public void An_event_not_called_off_by_its_due_time_is_delivered_and_counted()
    {
        var clock = new SimClock();
        var e = new CalledOffEvent();
        clock.At(3, ActorRefs.Nobody, e);
        Assert.True(clock.TryNext(3, out var next));
        Assert.Same(e, next.Message);
        e.Cancelled = true; // too late: it was delivered
        Assert.Equal((3.0, 1L, 0L), (clock.Now, clock.Delivered, clock.Dropped));
    }
}
