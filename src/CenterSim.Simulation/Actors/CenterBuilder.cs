using Akka.Actor;
using CenterSim.Policies;
using CenterSim.Policies.Placement;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Makes one center's actors under a parent and fills the center's directory: power budget, meter,
/// scheduler, market, the center with its racks, servers and links, the failure process and the
/// voucher agency. The order is fixed, so runs are reproducible.
/// </summary>
public static class CenterBuilder
{
    public static void Build(IUntypedActorContext context, RunContext run, string dispatcher, double[] budgets)
    {
        var spec = run.Spec;
        var directory = run.Directory;
        var racks = spec.Center.Racks;
        var serverCount = racks.Count * racks.ServersPerRack;
        directory.Servers = new IActorRef[serverCount];
        directory.RackLinks = new IActorRef[racks.Count];

        var idle = new double[serverCount];
        Array.Fill(idle, Infrastructure.PowerModels.For(spec).IdleW);
        directory.PowerBudget = Child(context, typeof(PowerBudgetActor), "power-budget", dispatcher, run, idle);
        directory.Metrics = Child(context, typeof(MetricsActor), "metrics", dispatcher, run);

        var book = new ClusterBook(racks.Count, racks.ServersPerRack, spec.ServerType.ChipsPerServer);
        var scheduling = PolicyCatalog.Scheduling.Create(spec.Policies.Scheduling);
        var placement = PolicyCatalog.Placement.Create(spec.Policies.Placement);
        if (placement is ISeededPolicy seeded)
        {
            seeded.Seed(run.StreamFor("placement").NextUInt64());
        }
        directory.Scheduler = Child(context, typeof(SchedulerActor), "scheduler", dispatcher, run, scheduling, placement, book);

        var pricing = PolicyCatalog.Pricing.Create(spec.Policies.Pricing);
        directory.Market = Child(context, typeof(MarketActor), "market", dispatcher, run, pricing, budgets);
        directory.Center = Child(context, typeof(CenterActor), "center", dispatcher, run, dispatcher);
        if (spec.Infrastructure.Failures is { } failures)
        {
            Child(context, typeof(FailureActor), "failures", dispatcher, run, failures);
        }
        if (spec.Market?.Vouchers is { } program)
        {
            directory.VoucherAgency = Child(context, typeof(VoucherAgencyActor), "voucher-agency", dispatcher, run, program,
                PolicyCatalog.VoucherAllocation.Create(program.Allocation), VoucherApplicants.For(spec));
        }
    }

    private static IActorRef Child(IUntypedActorContext context, Type type, string name, string dispatcher, params object[] args) =>
        context.ActorOf(Props.Create(type, args).WithDispatcher(dispatcher), name);
}
