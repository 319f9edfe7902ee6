using Akka.Actor;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>A computing center: parent of its racks.</summary>
public sealed class CenterActor : SimActor
{
    public CenterActor(RunContext run, string dispatcher)
        : base(run)
    {
        var spec = run.Spec;
        for (var r = 0; r < spec.Center.Racks.Count; r++)
        {
            Context.ActorOf(Props.Create(typeof(RackActor), run, r, spec.Center.Racks, spec.ServerType, dispatcher)
                .WithDispatcher(dispatcher).WithMailbox(EngineHost.MailboxId), "rack-" + r);
        }
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
