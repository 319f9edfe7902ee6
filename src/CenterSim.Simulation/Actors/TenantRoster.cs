using Akka.Actor;
using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The tenants of a run in index order: every member of every tenant group, then one tenant per trace
/// tenant, with the budget each starts with. Markets size their books from it; the run's root makes
/// the tenant actors from it.
/// </summary>
public sealed class TenantRoster
{
    private readonly List<(TenantInfo Info, TrainingWorkloadSpec Training, TenantMarketSpec Market)> _generated = new();
    private readonly List<(TenantInfo Info, List<TraceJobSpec> Jobs)> _traced = new();
    private readonly List<double> _budgets = new();

    public TenantRoster(ScenarioSpec spec)
    {
        foreach (var group in spec.Tenants)
        {
            for (var k = 0; k < group.Count; k++)
            {
                var name = group.Count == 1 ? group.Group : $"{group.Group}-{k + 1}";
                _generated.Add((new TenantInfo(_generated.Count, name, group.Category), group.Training, group.Market ?? TenantMarketSpec.Default));
                _budgets.Add(group.BudgetYuan ?? double.PositiveInfinity);
            }
        }
        if (spec.Trace is { } trace)
        {
            foreach (var group in trace.Jobs.GroupBy(j => j.Tenant))
            {
                _traced.Add((new TenantInfo(_generated.Count + _traced.Count, group.Key, trace.Category), group.ToList()));
                _budgets.Add(double.PositiveInfinity);
            }
        }
    }

    /// <summary>Every tenant's home region in run order (groups' members, then the trace's tenants, <c>workload.region</c>); a network's.</summary>
    public static string?[] HomeRegions(ScenarioSpec spec) =>
        spec.Tenants.SelectMany(g => Enumerable.Repeat(g.Region, g.Count)).Concat(Enumerable.Repeat(spec.Trace?.Region, TracedCount(spec))).ToArray();

    /// <summary>Every tenant's category in run order.</summary>
    public static TenantCategory[] Categories(ScenarioSpec spec) =>
        spec.Tenants.SelectMany(g => Enumerable.Repeat(g.Category, g.Count)).Concat(Enumerable.Repeat(spec.Trace?.Category ?? default, TracedCount(spec))).ToArray();

    /// <summary>How many tenants the trace brings (one per distinct trace tenant).</summary>
    public static int TracedCount(ScenarioSpec spec) => spec.Trace?.Tenants.Count ?? 0;

    /// <summary>A fresh copy of the starting budgets (yuan), one per tenant; the market spends it.</summary>
    public double[] Budgets() => _budgets.ToArray();

    /// <summary>Makes the tenant actors under <paramref name="context"/>; they submit to <c>run.Directory.Market</c>.</summary>
    public void Spawn(IUntypedActorContext context, RunContext run, string dispatcher)
    {
        foreach (var (info, training, market) in _generated)
        {
            run.Directory.Tenants.Add(run.Spec.Market is null
                ? context.ActorOf(Props.Create(typeof(TenantActor), run, info, training).WithDispatcher(dispatcher), "tenant-" + info.Index)
                : context.ActorOf(Props.Create(typeof(TenantActor), run, info, training, market).WithDispatcher(dispatcher), "tenant-" + info.Index));
        }
        foreach (var (info, jobs) in _traced)
        {
            run.Directory.Tenants.Add(context.ActorOf(Props.Create(typeof(TraceTenantActor), run, info, jobs).WithDispatcher(dispatcher), "tenant-" + info.Index));
        }
    }
}
