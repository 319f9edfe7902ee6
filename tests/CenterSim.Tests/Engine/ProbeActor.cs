using System.Collections.Concurrent;
using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>
/// One node of a tree of test actors <see cref="Depth"/> levels deep with <see cref="FanOut"/> children
/// each. Odd levels make their children in the constructor, even levels in OnStart, as real actors do
/// both. Each puts a <see cref="Probe"/> at t = 0 for itself when it starts and, when it gets it, notes
/// its path and how many events the clock had delivered and still held.
/// </summary>
public sealed class ProbeActor : SimActor
{
    public const int Depth = 4;
    public const int FanOut = 3;

    /// <summary>Every probe delivered in this process: its run, the actor's path, events delivered before it, events still queued.</summary>
    public static readonly ConcurrentBag<(RunContext Run, string Path, long DeliveredBefore, int Pending)> Received = new();

    private readonly string _dispatcher;
    private readonly int _level;

    public ProbeActor(RunContext run, string dispatcher, int level)
        : base(run)
    {
        _dispatcher = dispatcher;
        _level = level;
        if (level % 2 == 1)
        {
            MakeChildren();
        }
    }

    /// <summary>Test actors in the tree below the root: 3 + 9 + 27 + 81.</summary>
    public static int TreeSize => Enumerable.Range(1, Depth).Sum(l => (int)Math.Pow(FanOut, l));

    public static void MakeChildren(IUntypedActorContext context, RunContext run, string dispatcher, int level)
    {
        if (level > Depth)
        {
            return;
        }
        for (var i = 0; i < FanOut; i++)
        {
            context.ActorOf(Props.Create(typeof(ProbeActor), run, dispatcher, level).WithDispatcher(dispatcher), "p" + i);
        }
    }

    protected override void OnStart()
    {
        if (_level % 2 == 0)
        {
            MakeChildren();
        }
        Clock.At(0, Self, Probe.Instance);
    }

    protected override void OnReceive(object message)
    {
        if (message is not Probe)
        {
            Unhandled(message);
            return;
        }
        Received.Add((Run, Self.Path.ToStringWithoutAddress(), Clock.Delivered - 1, Clock.Pending));
    }

    private void MakeChildren() => MakeChildren(Context, Run, _dispatcher, _level + 1);
}
