using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Engine;

public class RunGuardSpec
{
    private static readonly CenterSim.Model.Scenario.ScenarioSpec Spec = Specs.Mmc(1, 1, 1, 1, 1, 0);

    [Fact]
    public void An_actor_that_reschedules_itself_at_the_same_time_forever_is_stopped()
    {
        using var session = new RunSession(Spec, 3, typeof(LoneActorRoot<StallingActor>));
        var e = Assert.Throws<SimulationException>(() => session.RunUntil(double.PositiveInfinity));
        Assert.Equal("replication 3 stopped at t=5 s: the clock has stalled: more than 10,000,000 events in a row at that time, the last for lone (Tick)", e.Message);
        Assert.Equal(5, session.Context.Clock.Now);
        Assert.Equal(RunSession.MaxEventsAtOneTime + 1, session.Context.Clock.DeliveredAtNow);
    }

    [Fact]
    public void An_event_time_that_is_not_a_number_is_refused_and_named()
    {
        using var session = new RunSession(Spec, 1, typeof(LoneActorRoot<NanTimeActor>));
        var e = Assert.Throws<SimulationException>(() => session.RunUntil(100));
        Assert.Equal("replication 1 failed at t=2 s: an event for lone (Tick) has a time that is not a number (now 2 s)", e.Message);
        Assert.Equal(0, session.Context.Clock.Pending);
    }

    [Fact]
    public void An_event_at_an_infinite_time_stops_a_run_with_no_end_instead_of_reaching_it()
    {
        using var session = new RunSession(Spec, 2, typeof(LoneActorRoot<NeverActor>));
        var e = Assert.Throws<SimulationException>(() => session.RunUntil(double.PositiveInfinity));
        Assert.Equal($"replication 2 stopped at t=3 s: the next event, for lone (Tick), is due at t={double.PositiveInfinity} s and no other is left", e.Message);
    }

    [Fact]
    public void An_event_at_an_infinite_time_is_never_reached_before_a_finite_horizon()
    {
        using var session = new RunSession(Spec, 2, typeof(LoneActorRoot<NeverActor>));
        session.RunUntil(1e9);
        Assert.Equal(3, session.Context.Clock.Now);
        Assert.Equal(1, session.Context.Clock.Pending);
    }

    [Fact]
    public void An_event_in_the_past_is_still_refused()
    {
        var clock = new SimClock();
        var e = Assert.Throws<InvalidOperationException>(() => clock.At(double.NegativeInfinity, Akka.Actor.ActorRefs.Nobody, Tick.Instance));
        Assert.Equal($"event at {double.NegativeInfinity} s is in the past (now 0 s)", e.Message);
    }
}
