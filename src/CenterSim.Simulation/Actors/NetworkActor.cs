using Akka.Actor;
using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of a network run: one link actor per direction of every wide-area link, the network that
/// shares them, the broker, one site per center (each with the actors of a single-center run, its own
/// context and spec) and the tenants, who submit to the broker.
/// </summary>
public sealed class NetworkActor : RootActor
{
    public NetworkActor(RunContext run, string dispatcher)
        : base(run, dispatcher, Build)
    {
    }

    /// <summary>A center's own spec: the scenario with that center, and its pricing when it has one.</summary>
    public static ScenarioSpec CenterSpecOf(ScenarioSpec spec, CenterSpec center) => spec with
    {
        Center = center,
        Policies = center.Pricing is null ? spec.Policies : spec.Policies with { Pricing = center.Pricing },
    };

    private static void Build(RunContext run, string dispatcher)
    {
        var spec = run.Spec;
        var network = spec.Network!;
        var routes = new WanRoutes(network);
        var roster = new TenantRoster(spec);
        foreach (var center in network.Centers)
        {
            run.AddCenter(CenterSpecOf(spec, center));
        }
        var directory = run.Directory;
        directory.WanLinks = routes.LinkNames
            .Select((_, i) => Context.ActorOf(Props.Create(typeof(WanLinkActor), run, i).WithDispatcher(dispatcher), "wan-link-" + i))
            .ToArray();
        directory.Wan = Context.ActorOf(Props.Create(typeof(WanActor), run, routes.CapacitiesBitsPerSecond).WithDispatcher(dispatcher), "wan");
        directory.Broker = Context.ActorOf(Props.Create(typeof(BrokerActor), run, PolicyCatalog.Broker.Create(spec.Policies.Broker), routes)
            .WithDispatcher(dispatcher), "broker");
        for (var c = 0; c < run.Centers.Count; c++)
        {
            run.Centers[c].Directory.Broker = directory.Broker;
            Context.ActorOf(Props.Create(typeof(SiteActor), run.Centers[c], dispatcher, roster.Budgets()).WithDispatcher(dispatcher), "site-" + c);
        }
        directory.Market = directory.Broker;
        roster.Spawn(Context, run, dispatcher);
    }
}
