using System.Collections.Concurrent;
using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>
/// At t = 1 s (an event it put in for itself by instance) it sends itself 1 to 4, posting the odd ones
/// and telling the even ones, and notes the order they arrive in, with the simulated time.
/// </summary>
public sealed class PostingActor(RunContext run) : SimActor(run)
{
    public static readonly ConcurrentDictionary<RunContext, List<(int Value, double Time)>> Seen = new();

    protected override void OnStart() => Clock.At(1, this, Tick.Instance);

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case Tick:
                Post(this, 1);
                Self.Tell(2);
                Post(this, 3);
                Self.Tell(4);
                break;
            case int value:
                Seen.GetOrAdd(Run, _ => new()).Add((value, Now));
                break;
            default:
                Unhandled(message);
                break;
        }
    }
}
