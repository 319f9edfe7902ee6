using Akka.Actor;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// A message to deliver to an actor at a simulated time. A struct: the calendar allocates nothing per
/// event. The target is an actor reference, or the instance of a run's actor that put the event in for
/// itself (delivered without going through its reference).
/// </summary>
public readonly record struct CalendarEntry(object Target, object Message)
{
    /// <summary>The target's name, for messages about the event.</summary>
    public string TargetName => Target switch
    {
        Actors.SimActor actor => actor.Name,
        IActorRef actorRef => actorRef.Path.Name,
        _ => Target.ToString() ?? "",
    };
}
