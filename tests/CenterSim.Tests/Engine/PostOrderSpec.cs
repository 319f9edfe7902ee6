using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Engine;

public class PostOrderSpec
{
    [Fact]
    public void Posted_and_told_messages_arrive_in_the_order_they_were_sent_at_the_time_they_were_sent()
    {
        using var session = new RunSession(Specs.Mmc(1, 1, 1, 1, 1, 0), 0, typeof(LoneActorRoot<PostingActor>));
        session.RunUntil(10);
        Assert.Equal(new[] { (1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0) }, PostingActor.Seen[session.Context]);
        Assert.Equal(1, session.Context.Clock.Delivered);
        // The tick (a calendar event is delivered as a message) and the four it sent.
        Assert.Equal(5, session.MessagesDelivered);
    }

    [Fact]
    public void A_post_while_the_executor_is_not_delivering_is_refused()
    {
        var executor = new CenterSim.Simulation.Engine.RunExecutor();
        var e = Assert.Throws<InvalidOperationException>(() => executor.Post(null!, "hello", null));
        Assert.Contains("was not delivering", e.Message);
        Assert.True(executor.IsIdle);
    }
}
