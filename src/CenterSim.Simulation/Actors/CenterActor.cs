using Akka.Actor;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>A computing center: parent of its racks and of the spine that joins them (non-blocking: as wide as all uplinks together).</summary>
public sealed class CenterActor : SimActor
{
    public CenterActor(RunContext run, string dispatcher)
        : base(run)
    {
        var spec = run.Spec;
        for (var r = 0; r < spec.Center.Racks.Count; r++)
        {
            Context.ActorOf(Props.Create(typeof(RackActor), run, r, spec.Center.Racks, spec.ServerType, dispatcher)
                .WithDispatcher(dispatcher), "rack-" + r);
        }
        var racks = spec.Center.Racks;
        run.Directory.Spine = Context.ActorOf(Props.Create(typeof(LinkActor), run, -1, racks.Count * racks.UplinkGbps,
            spec.Infrastructure.Topology?.SpineLatencyMicros ?? 0.0).WithDispatcher(dispatcher), "spine");
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
