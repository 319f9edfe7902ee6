using CenterSim.Simulation.Benchmark;

namespace CenterSim.Tests.Engine;

[Collection(nameof(SerialCollection))]
public class ServerActorMemorySpec
{
    /// <summary>
    /// The scale requirement: at most 2 KB of live heap per server actor, everything a server adds to a
    /// run counted (its actor cell, reference, mailbox and state, and its share of the scheduler's
    /// indexes). With Akka's default mailbox, whose empty concurrent queue alone is over a kilobyte, it
    /// was 2.3 KB; it is about 1.2 KB now.
    /// </summary>
    [Fact]
    public void A_server_actor_costs_under_two_kilobytes()
    {
        var bytes = MemoryProbe.BytesPerServerActor(2000);
        Assert.InRange(bytes, 500, 2048);
    }
}
