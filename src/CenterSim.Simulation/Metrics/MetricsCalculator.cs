using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// Turns what the meter gathered into the run's metrics. Time averages are over the measurement window
/// (warm-up excluded); job statistics are over measured jobs. A job still waiting at the end has no
/// known wait and is left out of wait statistics (counted in jobs_unfinished; its wait so far is a
/// lower bound in mean_wait_hours_incl_open); one still running counts with its wait.
/// </summary>
public static class MetricsCalculator
{
    public static RunResult Build(
        RunContext run,
        IntegralSample start,
        IntegralSample end,
        MeasuredJobs measured,
        List<double> waits,
        List<JobRecord> records,
        SchedulerProtocol.OpenJobs open,
        List<double[]> rows,
        double peakFacilityW = double.NaN)
    {
        var spec = run.Spec;
        var (completed, rejected, jctSeconds, revenue) = (measured.Completed, measured.Rejected, measured.JctSeconds, measured.Revenue);
        var poolRevenue = measured.PoolRevenue.ToArray();
        var billed = measured.Billed.ToList();
        long unfinished = 0;
        foreach (var job in open.Running)
        {
            if (job.Measured)
            {
                unfinished++;
                waits.Add(job.WaitSeconds);
                revenue += job.CostYuan;
                billed.Add((job.Id, job.Job.Pool));
                poolRevenue[job.Job.Pool] += job.CostYuan;
                if (spec.Output.JobsCsv)
                {
                    records.Add(job.ToRecord(JobStatus.Unfinished));
                }
            }
        }
        foreach (var job in open.Queued)
        {
            if (job.Measured)
            {
                unfinished++;
                revenue += job.CostYuan;
                billed.Add((job.Id, job.Job.Pool));
                poolRevenue[job.Job.Pool] += job.CostYuan;
                if (spec.Output.JobsCsv)
                {
                    records.Add(job.ToRecord(JobStatus.Unfinished));
                }
            }
        }
        waits.Sort();
        run.MeasuredWaits = waits;
        records.Sort(static (a, b) => a.Id.CompareTo(b.Id));

        var window = end.Time - start.Time;
        var windowHours = window / SimTime.Hour;
        var itKwh = (end.ItJoules - start.ItJoules) / 3.6e6;
        var power = spec.Infrastructure.Power;
        var facilityKwh = power?.PueAtIdle is null ? itKwh * spec.Center.Pue : (end.FacilityJoules - start.FacilityJoules) / 3.6e6;
        var costYuan = spec.Center.DomesticPowerSubsidy == 0 && (power is null || (power.PueAtIdle is null && power.TariffByHour is null))
            ? facilityKwh * spec.Center.TariffYuanPerKwh
            : end.CostYuan - start.CostYuan;
        // Every measured arrival: completed, rejected, abandoned or still open.
        var submitted = completed + rejected + measured.Abandoned + unfinished;
        var openWaits = waits.ToArray();
        var metrics = new List<Metric>
        {
            new("utilization", Ratio(end.AllocatedChipSeconds - start.AllocatedChipSeconds, window * spec.TotalChips)),
            new("mean_wait_hours", waits.Count == 0 ? double.NaN : waits.Average() / SimTime.Hour),
            new("p95_wait_hours", Quantile.OfSorted(waits, 0.95) / SimTime.Hour),
            new("mean_jct_hours", completed == 0 ? double.NaN : jctSeconds / completed / SimTime.Hour),
            new("jobs_submitted", submitted),
            new("jobs_completed", completed),
            new("jobs_rejected", rejected),
            new("jobs_unfinished", unfinished),
            new("it_energy_kwh", itKwh),
            new("facility_energy_kwh", facilityKwh),
            new("energy_cost_yuan", costYuan),
            new("revenue_yuan", revenue),
            new("mean_queue_length", Ratio(end.QueueJobSeconds - start.QueueJobSeconds, window)),
            new("mean_jobs_in_system", Ratio(end.SystemJobSeconds - start.SystemJobSeconds, window)),
            new("arrivals_per_hour", Ratio(submitted, windowHours)),
            new("window_hours", windowHours),
            new("events", run.Clock.Delivered),
        };
        AddInfrastructure(metrics, spec, start, end, window, peakFacilityW);
        FailureMetrics.Add(metrics, spec.Infrastructure.Failures, start.Scheduler?.Failures, end.Scheduler?.Failures);
        metrics.Add(new("power_subsidy_yuan", end.PowerSubsidyYuan - start.PowerSubsidyYuan));
        metrics.AddRange(OpenWorkMetrics.Of(open.Queued, open.Running, openWaits, start.Time, end.Time, measured.CompletedChipHours,
            (end.EffectiveChipSeconds - start.EffectiveChipSeconds) / SimTime.Hour, spec.TotalChips,
            (facilityKwh, costYuan, spec.Infrastructure.Power?.CarbonKgPerKwhByHour is null ? double.NaN : end.CarbonKg - start.CarbonKg, revenue),
            rows.Select(r => (r[0], r[4]))));
        if (spec.Trace is { } trace)
        {
            metrics.Add(new("trace_jobs_skipped", trace.Skipped));
        }
        metrics.AddRange(open.PolicyMetrics);
        // The voucher money in each pool's bills, net of refunds and settlements, as the book has it.
        var poolVoucherCents = new long[poolRevenue.Length];
        foreach (var (id, pool) in billed)
        {
            poolVoucherCents[pool] += run.MarketReport?.Bills.GetValueOrDefault(id).VoucherCents ?? 0;
        }
        PoolMetrics.Add(metrics, run.Layout, start, end, window, poolRevenue, poolVoucherCents);
        if (run.MarketReport is { } market)
        {
            metrics.AddRange(MarketMetrics.From(market, MarketWindow.Bills(run, market, billed.Select(b => b.Id), revenue, start.Time, end.Time), start.Time, end.Time));
            metrics.AddRange(ProviderWindow.Metrics(run, market, start, end, revenue, costYuan));
        }
        var series = run.MarketReport is { } books ? MarketSeries.With(rows, books) : new TimeSeries(MetricsActor.SeriesColumns, rows);
        return new RunResult(run.Replication, spec.Seed, metrics, records, series);
    }

    private static double Ratio(double a, double b) => b > 0 ? a / b : double.NaN;

    /// <summary>Delivered compute, peak power, carbon, capping, failures and fragmentation over the window.</summary>
    private static void AddInfrastructure(List<Metric> metrics, Model.Scenario.ScenarioSpec spec, IntegralSample start, IntegralSample end, double window, double peakFacilityW)
    {
        var carbon = spec.Infrastructure.Power?.CarbonKgPerKwhByHour is null ? double.NaN : end.CarbonKg - start.CarbonKg;
        metrics.Add(new("effective_utilization", Ratio(end.EffectiveChipSeconds - start.EffectiveChipSeconds, window * spec.TotalChips)));
        metrics.Add(new("peak_facility_kw", peakFacilityW / 1000.0));
        metrics.Add(new("carbon_kg", carbon));
        // A violation under way when the window opens is one of the window's: it began in warm-up but goes on.
        metrics.Add(new("cap_violations", end.CapViolations - start.CapViolations + start.CapsExceeded));
        metrics.Add(new("throttled_chip_hours", (end.ThrottledChipSeconds - start.ThrottledChipSeconds) / SimTime.Hour));
        metrics.Add(new("lost_chip_hours_failures", (end.LostChipSeconds - start.LostChipSeconds) / SimTime.Hour));
        metrics.Add(new("fragmentation", Ratio(end.StrandedChipSeconds - start.StrandedChipSeconds, window * spec.TotalChips)));
    }
}
