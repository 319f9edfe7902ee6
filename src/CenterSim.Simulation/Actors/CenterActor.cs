using Akka.Actor;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A computing center: parent of the racks of all its pools and of the spine that joins them
/// (non-blocking: as wide as all uplinks together).
/// </summary>
public sealed class CenterActor : SimActor
{
    public CenterActor(RunContext run, string dispatcher)
        : base(run)
    {
        var layout = run.Layout;
        var spineGbps = 0.0;
        foreach (var pool in layout.Pools)
        {
            for (var r = 0; r < pool.Racks; r++)
            {
                var rack = pool.FirstRack + r;
                Context.ActorOf(Props.Create(typeof(RackActor), run, rack, pool, dispatcher).WithDispatcher(dispatcher), "rack-" + rack);
            }
            spineGbps += pool.Racks * pool.Spec.Racks.UplinkGbps;
        }
        run.Directory.Spine = Context.ActorOf(Props.Create(typeof(LinkActor), run, -1, spineGbps,
            run.Spec.Infrastructure.Topology?.SpineLatencyMicros ?? 0.0).WithDispatcher(dispatcher), "spine");
    }

    protected override void OnReceive(object message) => Unhandled(message);
}
