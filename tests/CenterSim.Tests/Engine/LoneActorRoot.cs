using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary>The root of a run made of one hand-written actor of type <typeparamref name="TActor"/>, taking the run's context.</summary>
public sealed class LoneActorRoot<TActor> : RootActor
    where TActor : SimActor
{
    public LoneActorRoot(RunContext run, string dispatcher)
        : base(run, dispatcher, (r, d) => Context.ActorOf(Props.Create(typeof(TActor), r).WithDispatcher(d), "lone"))
    {
    }
}
