using Akka.Actor;
using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of a network run: one link actor per direction of every wide-area link, the network that
/// shares them, the broker, one site per center (each with the actors of a single-center run, its own
/// context and spec) and the tenants, who submit to the broker. With a <c>market</c> section the network
/// has one market for all centers (and one actor per voucher agency): tenants quote and buy there, and
/// the centers' schedulers report to it.
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
        directory.Market = directory.Broker;
        if (spec.Market is { } market)
        {
            var agencies = market.Programs.Select((program, k) => Context.ActorOf(Props.Create(typeof(VoucherAgencyActor), run, program,
                    PolicyCatalog.VoucherAllocation.Create(program.Allocation), NetworkApplicants(spec, program, k), "voucher-agency/" + program.Name)
                .WithDispatcher(dispatcher), "voucher-agency-" + k)).ToArray();
            directory.Market = Context.ActorOf(Props.Create(typeof(NetworkMarketActor), run, agencies).WithDispatcher(dispatcher), "market");
        }
        for (var c = 0; c < run.Centers.Count; c++)
        {
            run.Centers[c].Directory.Broker = directory.Broker;
            if (spec.Market is not null)
            {
                run.Centers[c].Directory.Market = directory.Market;
            }
            Context.ActorOf(Props.Create(typeof(SiteActor), run.Centers[c], dispatcher, roster.Budgets()).WithDispatcher(dispatcher), "site-" + c);
        }
        roster.Spawn(Context, run, dispatcher);
    }

    /// <summary>
    /// Every tenant as agency <paramref name="k"/> sees it, groups' members then the trace's tenants (home
    /// region <c>workload.region</c>, no budget limit): eligible when it lives where the agency issues and the
    /// vouchers may pay at some center.
    /// </summary>
    private static Policies.Vouchers.VoucherApplicant[] NetworkApplicants(ScenarioSpec spec, Model.Market.VoucherProgramSpec program, int k)
    {
        var programs = spec.Market!.Programs;
        bool Eligible(string region, Model.Scenario.TenantCategory category) =>
            Market.Network.NetworkTenants.ProgramIndex(programs, region) == k
                && spec.Network!.Centers.Any(c => Market.VoucherRules.SharesByPool(program, category, CenterSpecOf(spec, c)).Any(share => share > 0));
        return spec.Tenants.SelectMany(g => Enumerable.Repeat(new Policies.Vouchers.VoucherApplicant(
                g.Category, Eligible(g.Region!, g.Category), g.Market?.BudgetYuanPerPeriod ?? g.BudgetYuan ?? double.PositiveInfinity, 0), g.Count))
            .Concat(Enumerable.Repeat(0, TenantRoster.TracedCount(spec)).Select(_ => new Policies.Vouchers.VoucherApplicant(
                spec.Trace!.Category, Eligible(spec.Trace.Region!, spec.Trace.Category), double.PositiveInfinity, 0)))
            .ToArray();
    }
}
