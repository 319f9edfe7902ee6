using CenterSim.Model.Network;
using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// The result of a network run, from the centers' own results, the broker's tallies and the wide-area
/// links' usage. Network-wide metrics keep the single-center names where they mean the same (summed,
/// or weighted by chips or jobs); each center's appear again as <c>center.metric</c>, each link's as
/// <c>wan.from&gt;to.metric</c>. Carbon is the center's hourly carbon when it has a profile, otherwise
/// its facility energy times its <c>carbon_kg_per_kwh</c>.
/// </summary>
public static class NetworkMetrics
{
    private static readonly string[] PerCenter =
    {
        "utilization", "mean_wait_hours", "p95_wait_hours", "jobs_completed", "jobs_unfinished", "facility_energy_kwh", "energy_cost_yuan", "revenue_yuan",
        "power_subsidy_yuan", "delivered_chip_hours",
    };

    public static RunResult Build(RunContext run, BrokerProtocol.Report broker, IReadOnlyList<WanProtocol.Usage> links)
    {
        var spec = run.Spec;
        var network = spec.Network!;
        var centers = run.Centers;
        var results = centers.Select(c => c.Result ?? throw new SimulationException($"center {c.Spec.Center.Name} has no result", null)).ToArray();
        var chips = centers.Select(c => (double)c.Spec.TotalChips).ToArray();
        var carbon = centers.Select((c, i) => CarbonKg(c, results[i])).ToArray();
        var waits = centers.SelectMany(c => c.MeasuredWaits).OrderBy(w => w).ToList();
        var completed = Sum(results, "jobs_completed");
        var revenue = Sum(results, "revenue_yuan");
        var metrics = new List<Metric>
        {
            new("utilization", Weighted(results, "utilization", chips)),
            new("effective_utilization", Weighted(results, "effective_utilization", chips)),
            new("mean_wait_hours", waits.Count == 0 ? double.NaN : waits.Average() / SimTime.Hour),
            new("p95_wait_hours", Quantile.OfSorted(waits, 0.95) / SimTime.Hour),
            new("mean_jct_hours", completed == 0 ? double.NaN : results.Sum(r => Zero(r["mean_jct_hours"]) * r["jobs_completed"]) / completed),
            // Jobs whose data is still on its way arrived too; they are open work, like jobs still queued.
            new("jobs_submitted", Sum(results, "jobs_submitted") + broker.JobsInTransit),
            new("jobs_completed", completed),
            new("jobs_rejected", Sum(results, "jobs_rejected")),
            new("jobs_unfinished", Sum(results, "jobs_unfinished") + broker.JobsInTransit),
            new("it_energy_kwh", Sum(results, "it_energy_kwh")),
            new("facility_energy_kwh", Sum(results, "facility_energy_kwh")),
            new("energy_cost_yuan", Sum(results, "energy_cost_yuan")),
            new("power_subsidy_yuan", Sum(results, "power_subsidy_yuan")),
            new("carbon_kg", carbon.Sum()),
            new("revenue_yuan", revenue),
            new("transfer_yuan", broker.TransferYuan),
            new("tenant_cost_yuan", revenue + broker.TransferYuan),
            new("jobs_moved", broker.JobsMoved),
            new("jobs_moved_share", broker.JobsPlaced.Sum() == 0 ? double.NaN : (double)broker.JobsMoved / broker.JobsPlaced.Sum()),
            new("data_moved_tb", broker.GbMoved / 1000.0),
            new("mean_transfer_hours", broker.JobsMoved == broker.JobsInTransit ? double.NaN : broker.TransferSeconds / (broker.JobsMoved - broker.JobsInTransit) / SimTime.Hour),
            new("jobs_unplaceable", broker.JobsUnplaceable),
            new("jobs_in_transit", broker.JobsInTransit),
            new("mean_queue_length", Sum(results, "mean_queue_length")),
            new("mean_jobs_in_system", Sum(results, "mean_jobs_in_system")),
            new("arrivals_per_hour", Sum(results, "arrivals_per_hour") + broker.JobsInTransit / results[0]["window_hours"]),
            new("window_hours", results[0]["window_hours"]),
            new("events", run.Clock.Delivered),
        };
        AddOpenWork(metrics, centers, results, broker.TransitAgesSeconds, carbon.Sum(), revenue);
        AddPricingRules(metrics, centers, results);
        if (spec.Trace is { } trace)
        {
            metrics.Add(new("trace_jobs_skipped", trace.Skipped));
        }
        var market = spec.Market is not null;
        if (market)
        {
            metrics.AddRange(NetworkMarketMetrics.Of(run, results));
        }
        for (var c = 0; c < centers.Count; c++)
        {
            var name = centers[c].Spec.Center.Name;
            foreach (var m in market ? PerCenter.Concat(NetworkMarketMetrics.PerCenter) : PerCenter)
            {
                metrics.Add(new($"{name}.{m}", results[c][m]));
            }
            metrics.Add(new($"{name}.carbon_kg", carbon[c]));
            metrics.Add(new($"{name}.jobs_placed", broker.JobsPlaced[c]));
            metrics.Add(new($"{name}.jobs_in", broker.JobsIn[c]));
            metrics.Add(new($"{name}.data_in_tb", broker.GbIn[c] / 1000.0));
        }
        var routes = new WanRoutes(network);
        var linkNames = routes.LinkNames;
        var capacities = routes.CapacitiesBitsPerSecond;
        foreach (var u in links)
        {
            metrics.Add(new($"wan.{linkNames[u.Link]}.data_tb", u.Bits / 8e12));
            metrics.Add(new($"wan.{linkNames[u.Link]}.utilization", u.WindowSeconds > 0 ? u.Bits / (capacities[u.Link] * u.WindowSeconds) : double.NaN));
            metrics.Add(new($"wan.{linkNames[u.Link]}.busy_share", u.WindowSeconds > 0 ? u.BusySeconds / u.WindowSeconds : double.NaN));
            metrics.Add(new($"wan.{linkNames[u.Link]}.mean_transfers", u.WindowSeconds > 0 ? u.FlowSeconds / u.WindowSeconds : double.NaN));
        }
        var jobs = results.SelectMany((r, c) => r.Jobs.Select(j => j with { Center = centers[c].Spec.Center.Name })).OrderBy(j => j.Id).ToList();
        return new RunResult(run.Replication, spec.Seed, metrics, jobs, Series(run, results, chips));
    }

    /// <summary>The centers' hourly samples side by side: network utilization, power and queue, then each center's utilization.</summary>
    private static TimeSeries Series(RunContext run, RunResult[] results, double[] chips)
    {
        var centers = run.Centers;
        var columns = new List<string> { "hour", "utilization", "it_power_kw", "facility_power_kw", "queue_length", "jobs_in_system" };
        columns.AddRange(centers.Select(c => c.Spec.Center.Name + ".utilization"));
        columns.AddRange(centers.Select(c => c.Spec.Center.Name + ".facility_power_kw"));
        var rows = new List<double[]>();
        var count = results.Min(r => r.Series.Rows.Count);
        var total = chips.Sum();
        for (var h = 0; h < count; h++)
        {
            var row = new double[columns.Count];
            row[0] = results[0].Series.Rows[h][0];
            for (var c = 0; c < results.Length; c++)
            {
                var s = results[c].Series;
                var r = s.Rows[h];
                row[1] += r[s.IndexOf("utilization")] * chips[c] / total;
                row[2] += r[s.IndexOf("it_power_kw")];
                row[3] += r[s.IndexOf("facility_power_kw")];
                row[4] += r[s.IndexOf("queue_length")];
                row[5] += r[s.IndexOf("jobs_in_system")];
                row[6 + c] = r[s.IndexOf("utilization")];
                row[6 + results.Length + c] = r[s.IndexOf("facility_power_kw")];
            }
            rows.Add(row);
        }
        // A market adds tenants' cash and the providers' profit, hour by hour.
        return run.NetworkMarket is { } book ? MarketSeries.With(columns, rows, book.Whole) : new TimeSeries(columns, rows);
    }

    private static double CarbonKg(RunContext center, RunResult result)
    {
        var hourly = result["carbon_kg"];
        if (!double.IsNaN(hourly))
        {
            return hourly;
        }
        return center.Spec.Center.CarbonKgPerKwh is { } intensity ? result["facility_energy_kwh"] * intensity : double.NaN;
    }

    private static double Sum(RunResult[] results, string metric) => results.Sum(r => r[metric]);

    /// <summary>The network's open jobs, waits counting them, work done and outcomes per unit of it (see <see cref="OpenWorkMetrics"/>).</summary>
    /// <summary>
    /// Open work is the centers' plus the jobs still moving: their ages count in the open jobs' ages, and
    /// as lower bounds on their waits, like jobs still queued.
    /// </summary>
    private static void AddOpenWork(List<Metric> metrics, IReadOnlyList<RunContext> centers, RunResult[] results, double[] transitAges, double carbonKg, double revenue)
    {
        var open = results.Select(r => r["jobs_open_queued"] + r["jobs_open_running"]).ToArray();
        var waited = results.Select((r, c) => centers[c].MeasuredWaits.Count + r["jobs_open_queued"]).ToArray();
        var transitHours = transitAges.Select(a => a / SimTime.Hour).ToArray();
        var openCount = open.Sum() + transitHours.Length;
        var waitedCount = waited.Sum() + transitHours.Length;
        var delivered = Sum(results, "delivered_chip_hours");
        var hours = results[0]["window_hours"];
        metrics.Add(new("jobs_open_queued", Sum(results, "jobs_open_queued")));
        metrics.Add(new("jobs_open_running", Sum(results, "jobs_open_running")));
        metrics.Add(new("open_mean_age_hours", openCount == 0 ? double.NaN : (results.Select((r, c) => Zero(r["open_mean_age_hours"]) * open[c]).Sum() + transitHours.Sum()) / openCount));
        metrics.Add(new("open_max_age_hours", openCount == 0 ? double.NaN
            : results.Where((_, c) => open[c] > 0).Select(r => r["open_max_age_hours"]).Concat(transitHours).Max()));
        metrics.Add(new("mean_wait_hours_incl_open", waitedCount == 0 ? double.NaN
            : (results.Select((r, c) => Zero(r["mean_wait_hours_incl_open"]) * waited[c]).Sum() + transitHours.Sum()) / waitedCount));
        metrics.Add(new("completed_chip_hours", Sum(results, "completed_chip_hours")));
        metrics.Add(new("delivered_chip_hours", delivered));
        metrics.Add(new("cost_yuan_per_delivered_chip_hour", delivered > 0 ? Sum(results, "energy_cost_yuan") / delivered : double.NaN));
        metrics.Add(new("energy_kwh_per_delivered_chip_hour", delivered > 0 ? Sum(results, "facility_energy_kwh") / delivered : double.NaN));
        metrics.Add(new("carbon_kg_per_delivered_chip_hour", delivered > 0 ? carbonKg / delivered : double.NaN));
        metrics.Add(new("revenue_yuan_per_available_chip_hour", revenue / (hours * centers.Sum(c => c.Spec.TotalChips))));
        metrics.Add(new("queue_first_quarter", Sum(results, "queue_first_quarter")));
        metrics.Add(new("queue_last_quarter", Sum(results, "queue_last_quarter")));
    }

    /// <summary>
    /// What the centers' pricing rules measured (spot preemptions, use of reserved chips): preemptions summed
    /// over the centers that preempt, and every rule metric per center as <c>center.metric</c>.
    /// </summary>
    private static void AddPricingRules(List<Metric> metrics, IReadOnlyList<RunContext> centers, RunResult[] results)
    {
        var has = results.Select(r => r.Metrics.Select(m => m.Name).ToHashSet()).ToArray();
        foreach (var name in PreemptionMetrics.Where(n => has.Any(h => h.Contains(n))))
        {
            metrics.Add(new(name, results.Where((_, c) => has[c].Contains(name)).Sum(r => r[name])));
        }
        for (var c = 0; c < centers.Count; c++)
        {
            foreach (var name in PreemptionMetrics.Append("committed_utilization").Where(has[c].Contains))
            {
                metrics.Add(new($"{centers[c].Spec.Center.Name}.{name}", results[c][name]));
            }
        }
    }

    private static readonly string[] PreemptionMetrics = { "jobs_preempted", "preempted_chip_hours" };

    private static double Weighted(RunResult[] results, string metric, double[] weights) =>
        results.Select((r, i) => r[metric] * weights[i]).Sum() / weights.Sum();

    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;
}
