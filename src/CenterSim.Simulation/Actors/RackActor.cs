using Akka.Actor;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>A rack: parent of its servers and of its uplink. It registers them in the run's directory.</summary>
public sealed class RackActor : SimActor
{
    public RackActor(RunContext run, int rack, RackSpec spec, ServerTypeSpec type, string dispatcher)
        : base(run)
    {
        for (var i = 0; i < spec.ServersPerRack; i++)
        {
            var index = rack * spec.ServersPerRack + i;
            run.Directory.Servers[index] = Context.ActorOf(
                Props.Create(typeof(ServerActor), run, index, type).WithDispatcher(dispatcher).WithMailbox(EngineHost.MailboxId), "server-" + i);
        }
        run.Directory.RackLinks[rack] = Context.ActorOf(
            Props.Create(typeof(LinkActor), run, rack, spec.UplinkGbps).WithDispatcher(dispatcher).WithMailbox(EngineHost.MailboxId), "uplink");
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
