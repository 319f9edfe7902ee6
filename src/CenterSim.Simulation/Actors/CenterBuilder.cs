using Akka.Actor;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Makes one center's actors under a parent and fills the center's directory: power budget, meter,
/// scheduler, market (plain billing, or the market of a <c>market</c> section, which in a network is the
/// network's), the center with its
/// racks, servers and links, the failure process and the voucher agency. Each pool gets policy instances
/// of its own, except pricing: the center's one price decision (<see cref="RunContext.Pricing"/>) serves its scheduler and market. The order is fixed, so
/// runs are reproducible.
/// </summary>
public static class CenterBuilder
{
    public static void Build(IUntypedActorContext context, RunContext run, string dispatcher, double[] budgets)
    {
        var spec = run.Spec;
        var directory = run.Directory;
        var layout = run.Layout;
        directory.Servers = new IActorRef[layout.ServerCount];
        directory.RackLinks = new IActorRef[layout.RackCount];
        directory.RackLinkFlows = Enumerable.Range(0, layout.RackCount).Select(_ => new ChangeLog<(long, int)>()).ToArray();

        var idle = Enumerable.Range(0, layout.ServerCount).Select(s => layout.ServerPower[s].IdleW).ToArray();
        directory.PowerBudget = Child(context, typeof(PowerBudgetActor), "power-budget", dispatcher, run, idle);
        directory.Metrics = Child(context, typeof(MetricsActor), "metrics", dispatcher, run);

        var pricing = run.Pricing.Policies;
        var terms = run.Pricing.Terms;
        var policies = layout.Pools.Select(p => new PoolPolicies(
            PolicyCatalog.Scheduling.Create(spec.Policies.Scheduling),
            Placement(run, p.Index, p.Name),
            pricing[p.Index],
            pricing[p.Index].CapacityRule(terms[p.Index]))).ToArray();
        directory.Scheduler = Child(context, typeof(SchedulerActor), "scheduler", dispatcher, run, policies);
        for (var s = 0; s < (spec.Serving?.Services.Count ?? 0); s++)
        {
            Child(context, typeof(Serving.ServiceActor), "service-" + s, dispatcher, run, s);
        }
        // A network's market is the network's, made by its root (which set the directory).
        var networkMarket = run.CenterIndex >= 0 && spec.Market is not null;
        if (!networkMarket)
        {
            directory.Market = spec.Market is null
                ? Child(context, typeof(BillingActor), "market", dispatcher, run, budgets)
                : Child(context, typeof(MarketActor), "market", dispatcher, run, budgets);
        }
        directory.Center = Child(context, typeof(CenterActor), "center", dispatcher, run, dispatcher);
        if (spec.Infrastructure.Failures is { } failures)
        {
            Child(context, typeof(FailureActor), "failures", dispatcher, run, failures);
        }
        if (!networkMarket && spec.Market?.Vouchers is { } program)
        {
            directory.VoucherAgency = Child(context, typeof(VoucherAgencyActor), "voucher-agency", dispatcher, run, program,
                PolicyCatalog.VoucherAllocation.Create(program.Allocation), VoucherApplicants.For(spec));
        }
    }

    /// <summary>A pool's placement policy; a seeded one draws its seed from the pool's own stream (the first pool's is "placement").</summary>
    private static IPlacementPolicy Placement(RunContext run, int pool, string name)
    {
        var placement = PolicyCatalog.Placement.Create(run.Spec.Policies.Placement);
        if (placement is ISeededPolicy seeded)
        {
            seeded.Seed(run.StreamFor(pool == 0 ? "placement" : "placement/" + name).NextUInt64());
        }
        return placement;
    }

    private static IActorRef Child(IUntypedActorContext context, Type type, string name, string dispatcher, params object[] args) =>
        context.ActorOf(Props.Create(type, args).WithDispatcher(dispatcher), name);
}
