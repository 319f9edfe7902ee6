using Akka.Actor;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Prices jobs and charges tenants. A tenant pays the whole bill (price × chip-hours) when it submits;
/// a tenant whose cash cannot cover it is refused and the job counted as rejected. The market also
/// numbers arrivals, which is what the job-count stop rule counts.
/// </summary>
public sealed class MarketActor : SimActor
{
    private readonly IPricingPolicy _pricing;
    private readonly double[] _cash;
    private readonly long _warmupJobs;
    private readonly long _lastMeasured;
    private readonly bool _jobMode;
    private long _arrivals;

    public MarketActor(RunContext run, IPricingPolicy pricing, double[] budgets)
        : base(run)
    {
        _pricing = pricing;
        _cash = budgets;
        var stop = run.Spec.Stop;
        _jobMode = stop.IsJobCount;
        _warmupJobs = stop.WarmupJobs;
        _lastMeasured = stop.WarmupJobs + (stop.Jobs ?? 0) - 1;
    }

    public double RevenueYuan { get; private set; }

    protected override void OnReceive(object message)
    {
        if (message is not MarketProtocol.Submit submit)
        {
            Unhandled(message);
            return;
        }
        var job = submit.Job;
        job.Id = _arrivals++;
        var directory = Run.Directory;
        if (_jobMode)
        {
            if (job.Id == _warmupJobs)
            {
                directory.Metrics.Tell(MetricsProtocol.WindowOpen.Instance);
            }
            job.Measured = job.Id >= _warmupJobs && job.Id <= _lastMeasured;
        }
        else
        {
            job.Measured = job.SubmitTime >= Run.Spec.Stop.WarmupSeconds;
        }

        var price = _pricing.YuanPerChipHour(new PricingContext(Now, job.Chips, job.ChipHours));
        var cost = price * job.ChipHours;
        var tenant = job.Tenant.Index;
        if (_cash[tenant] < cost)
        {
            directory.Metrics.Tell(new MetricsProtocol.JobRejected(job));
        }
        else
        {
            _cash[tenant] -= cost;
            job.CostYuan = cost;
            RevenueYuan += cost;
            directory.Scheduler.Tell(new SchedulerProtocol.Enqueue(job));
        }

        if (_jobMode && job.Id == _lastMeasured)
        {
            directory.Metrics.Tell(MetricsProtocol.WindowClose.Instance);
            foreach (var t in directory.Tenants)
            {
                t.Tell(TenantProtocol.StopArrivals.Instance);
            }
        }
    }
}
