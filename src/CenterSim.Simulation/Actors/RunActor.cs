using Akka.Actor;
using CenterSim.Policies;
using CenterSim.Policies.Placement;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The root of one run. It makes every actor of the run as its child (or grandchild) on the run's own
/// dispatcher, and fills the run's directory so they can find each other.
/// </summary>
public sealed class RunActor : SimActor
{
    public RunActor(RunContext run, string dispatcher)
        : base(run)
    {
        try
        {
            Build(run, dispatcher);
        }
        catch (Exception e)
        {
            // The root's own supervisor is Akka's guardian, which would restart it; record and stop instead.
            run.Failure ??= e;
            Context.Stop(Self);
        }
    }

    private static void Build(RunContext run, string dispatcher)
    {
        var spec = run.Spec;
        var directory = run.Directory;
        var racks = spec.Center.Racks;
        var serverCount = racks.Count * racks.ServersPerRack;
        directory.Servers = new IActorRef[serverCount];
        directory.RackLinks = new IActorRef[racks.Count];

        var idle = new double[serverCount];
        Array.Fill(idle, Infrastructure.PowerModels.For(spec).IdleW);
        directory.PowerBudget = Child(typeof(PowerBudgetActor), "power-budget", dispatcher, run, idle);
        directory.Metrics = Child(typeof(MetricsActor), "metrics", dispatcher, run);

        var book = new ClusterBook(racks.Count, racks.ServersPerRack, spec.ServerType.ChipsPerServer);
        var scheduling = PolicyCatalog.Scheduling.Create(spec.Policies.Scheduling);
        var placement = PolicyCatalog.Placement.Create(spec.Policies.Placement);
        if (placement is ISeededPolicy seeded)
        {
            seeded.Seed(run.StreamFor("placement").NextUInt64());
        }
        directory.Scheduler = Child(typeof(SchedulerActor), "scheduler", dispatcher, run, scheduling, placement, book);

        var tenants = new List<(TenantInfo Info, Model.Workload.TrainingWorkloadSpec Training)>();
        var budgets = new List<double>();
        foreach (var group in spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++)
            {
                var name = group.Count == 1 ? group.Group : $"{group.Group}-{k + 1}";
                tenants.Add((new TenantInfo(tenants.Count, name, group.Category), group.Training));
                budgets.Add(group.BudgetYuan ?? double.PositiveInfinity);
            }
        }
        var traceTenants = new List<(TenantInfo Info, List<Model.Workload.TraceJobSpec> Jobs)>();
        if (spec.Trace is { } trace)
        {
            foreach (var group in trace.Jobs.GroupBy(j => j.Tenant))
            {
                traceTenants.Add((new TenantInfo(tenants.Count + traceTenants.Count, group.Key, trace.Category), group.ToList()));
                budgets.Add(double.PositiveInfinity);
            }
        }
        var pricing = PolicyCatalog.Pricing.Create(spec.Policies.Pricing);
        directory.Market = Child(typeof(MarketActor), "market", dispatcher, run, pricing, budgets.ToArray());
        directory.Center = Child(typeof(CenterActor), "center", dispatcher, run, dispatcher);
        if (spec.Infrastructure.Failures is { } failures)
        {
            Child(typeof(FailureActor), "failures", dispatcher, run, failures);
        }
        if (spec.Market?.Vouchers is { } program)
        {
            directory.VoucherAgency = Child(typeof(VoucherAgencyActor), "voucher-agency", dispatcher, run, program,
                PolicyCatalog.VoucherAllocation.Create(program.Allocation), VoucherApplicants.For(spec));
        }
        var markets = spec.Tenants.SelectMany(g => Enumerable.Repeat(g.Market ?? Model.Market.TenantMarketSpec.Default, g.Count)).ToArray();
        foreach (var (info, training) in tenants)
        {
            directory.Tenants.Add(spec.Market is null
                ? Child(typeof(TenantActor), "tenant-" + info.Index, dispatcher, run, info, training)
                : Child(typeof(TenantActor), "tenant-" + info.Index, dispatcher, run, info, training, markets[info.Index]));
        }
        foreach (var (info, jobs) in traceTenants)
        {
            directory.Tenants.Add(Child(typeof(TraceTenantActor), "tenant-" + info.Index, dispatcher, run, info, jobs));
        }
    }

    protected override void OnReceive(object message) => Unhandled(message);

    private static IActorRef Child(Type type, string name, string dispatcher, params object[] args) =>
        Context.ActorOf(Props.Create(type, args).WithDispatcher(dispatcher), name);
}
