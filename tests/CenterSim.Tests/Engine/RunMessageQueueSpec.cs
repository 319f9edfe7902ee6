using Akka.Actor;
using Akka.Dispatch.MessageQueues;
using CenterSim.Simulation.Engine;

namespace CenterSim.Tests.Engine;

public class RunMessageQueueSpec
{
    [Fact]
    public void The_queue_is_empty_until_a_message_comes_then_first_in_first_out()
    {
        var queue = new RunMessageQueue();
        Assert.False(queue.HasMessages);
        Assert.Equal(0, queue.Count);
        Assert.False(queue.TryDequeue(out _));

        queue.Enqueue(ActorRefs.Nobody, new Envelope("a", ActorRefs.NoSender));
        queue.Enqueue(ActorRefs.Nobody, new Envelope("b", ActorRefs.NoSender));
        Assert.True(queue.HasMessages);
        Assert.Equal(2, queue.Count);
        Assert.True(queue.TryDequeue(out var first));
        Assert.Equal("a", first.Message);

        var dead = new UnboundedMessageQueue();
        queue.CleanUp(ActorRefs.Nobody, dead);
        Assert.Equal(0, queue.Count);
        Assert.True(dead.TryDequeue(out var left));
        Assert.Equal("b", left.Message);
        Assert.False(dead.HasMessages);
    }

    [Fact]
    public void Messages_from_several_threads_at_once_all_arrive()
    {
        var queue = new RunMessageQueue();
        Parallel.For(0, 4, t =>
        {
            for (var i = 0; i < 1000; i++)
            {
                queue.Enqueue(ActorRefs.Nobody, new Envelope(t * 1000 + i, ActorRefs.NoSender));
            }
        });
        var seen = new HashSet<int>();
        while (queue.TryDequeue(out var e))
        {
            seen.Add((int)e.Message);
        }
        Assert.Equal(4000, seen.Count);
    }
}
