using Akka.Actor;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The plain market of a scenario without a <c>market</c> section: a tenant pays the whole bill (price ×
/// chip-hours, on the cheapest pool) when it submits; a tenant whose cash cannot cover it is refused and
/// the job counted as rejected. Load-dependent prices read the load the scheduler posts hourly. Under a pricing that bills for use the difference is settled when the
/// job ends (the tenant's cash may then go below zero: it owes what it used).
/// </summary>
public sealed class BillingActor : SimActor
{
    private readonly double[] _cash;
    private readonly ArrivalWindow _window;
    private readonly PoolChooser _pools;
    private readonly double[] _noVouchers;

    public BillingActor(RunContext run, double[] budgets)
        : base(run)
    {
        _cash = budgets;
        _window = new ArrivalWindow(run);
        _pools = new PoolChooser(run.Spec);
        _noVouchers = new double[_pools.Pools];
    }

    protected override void OnReceive(object message)
    {
        if (message is MarketProtocol.LoadPosted load)
        {
            Run.Pricing.Utilization = load.Utilization;
            Run.Pricing.QueueLength = load.QueueLength;
            return;
        }
        if (message is MarketProtocol.Settled settled)
        {
            _cash[settled.Job.Tenant.Index] -= settled.DeltaCents / 100.0;
            return;
        }
        if (message is not MarketProtocol.Submit submit)
        {
            Unhandled(message);
            return;
        }
        // The price reads neither the job's number nor its window, so the job is priced as submitted and
        // numbered with its bill in one copy.
        var submitted = submit.Job;
        var offer = _pools.Choose(null, Run.Pricing, submitted, Now, _noVouchers);
        var cost = offer.YuanPerChipHour * submitted.ChipHours;
        var tenant = submitted.Tenant.Index;
        var paid = _cash[tenant] >= cost;
        var (id, measured) = submitted.Id >= 0 ? (submitted.Id, submitted.Measured) : _window.Number(submitted);
        var job = paid
            ? submitted with { Id = id, Measured = measured, CostYuan = cost, Pool = offer.Pool }
            : submitted with { Id = id, Measured = measured };
        Run.Events?.Bought(Run, job with { Pool = offer.Pool }, Ledger.ToCents(cost), 0, paid);
        if (!paid)
        {
            Run.Directory.Metrics.Tell(new MetricsProtocol.JobRejected(job, Model.Results.RefusalReason.Budget));
        }
        else
        {
            _cash[tenant] -= cost;
            Post(Run.Directory.Local.Scheduler, new SchedulerProtocol.Enqueue(job));
        }
        _window.AfterArrival(job);
    }
}
