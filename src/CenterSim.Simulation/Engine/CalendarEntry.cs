using Akka.Actor;

namespace CenterSim.Simulation.Engine;

/// <summary>A message to deliver to an actor at a simulated time. A struct: the calendar allocates nothing per event.</summary>
public readonly record struct CalendarEntry(IActorRef Target, object Message);
