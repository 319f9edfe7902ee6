using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// What completed-only statistics leave out, and outcomes per unit of work, so runs that deliver
/// different amounts of work can be compared: the measured jobs still queued or running at the end
/// (count, mean and max age), the mean wait with the queued jobs' waits so far counted as lower bounds,
/// the completed chip-hours, cost, energy and carbon per delivered chip-hour, revenue per available
/// chip-hour, and the growth of the queue from the first to the last quarter of the window.
/// </summary>
public static class OpenWorkMetrics
{
    /// <param name="waits">the waits of measured completed and running jobs, seconds</param>
    /// <param name="queueByHour">(hour, mean queue length) of every sampled hour</param>
    public static IEnumerable<Metric> Of(IReadOnlyList<JobResult> queued, IReadOnlyList<JobResult> running, IReadOnlyList<double> waits,
        double windowStart, double windowEnd, double completedChipHours, double deliveredChipHours, int totalChips,
        (double FacilityKwh, double CostYuan, double CarbonKg, double RevenueYuan) totals, IEnumerable<(double Hour, double Queue)> queueByHour)
    {
        var openQueued = queued.Where(j => j.Measured).ToArray();
        var openRunning = running.Where(j => j.Measured).ToArray();
        var ages = openQueued.Concat(openRunning).Select(j => (windowEnd - j.Job.SubmitTime) / SimTime.Hour).ToArray();
        var lowerBounds = waits.Concat(openQueued.Select(j => Math.Max(0, windowEnd - j.Job.SubmitTime))).ToArray();
        yield return new("jobs_open_queued", openQueued.Length);
        yield return new("jobs_open_running", openRunning.Length);
        yield return new("open_mean_age_hours", ages.Length == 0 ? double.NaN : ages.Average());
        yield return new("open_max_age_hours", ages.Length == 0 ? double.NaN : ages.Max());
        yield return new("mean_wait_hours_incl_open", lowerBounds.Length == 0 ? double.NaN : lowerBounds.Average() / SimTime.Hour);
        yield return new("completed_chip_hours", completedChipHours);
        yield return new("delivered_chip_hours", deliveredChipHours);
        yield return new("cost_yuan_per_delivered_chip_hour", Ratio(totals.CostYuan, deliveredChipHours));
        yield return new("energy_kwh_per_delivered_chip_hour", Ratio(totals.FacilityKwh, deliveredChipHours));
        yield return new("carbon_kg_per_delivered_chip_hour", Ratio(totals.CarbonKg, deliveredChipHours));
        yield return new("revenue_yuan_per_available_chip_hour", Ratio(totals.RevenueYuan, (windowEnd - windowStart) / SimTime.Hour * totalChips));
        var (first, last) = QuarterQueues(queueByHour.Where(h => h.Hour * SimTime.Hour >= windowStart && (h.Hour + 1) * SimTime.Hour <= windowEnd).ToArray());
        yield return new("queue_first_quarter", first);
        yield return new("queue_last_quarter", last);
    }

    /// <summary>Mean queue length over the first and the last quarter of the hours given.</summary>
    public static (double First, double Last) QuarterQueues(IReadOnlyList<(double Hour, double Queue)> hours)
    {
        var quarter = hours.Count / 4;
        if (quarter == 0)
        {
            return (double.NaN, double.NaN);
        }
        return (hours.Take(quarter).Average(h => h.Queue), hours.Skip(hours.Count - quarter).Average(h => h.Queue));
    }

    private static double Ratio(double a, double b) => b > 0 ? a / b : double.NaN;
}
