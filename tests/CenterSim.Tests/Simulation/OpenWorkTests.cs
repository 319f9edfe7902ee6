using CenterSim.Model.Infrastructure;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Metrics;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Infrastructure;

namespace CenterSim.Tests.Simulation;

/// <summary>An overloaded center: the jobs left open are reported, and waits counting them bound the truth from below.</summary>
public class OpenWorkTests
{
    [Fact]
    public void An_overloaded_run_reports_its_open_jobs_their_age_and_a_growing_queue()
    {
        // One 8-chip server; 8-chip jobs of 2 h arriving 1.5 per hour for 48 h: three times what it can serve.
        var spec = InfraSpecs.Center(1, 1, new[] { 8 }, 16, 1.5, 1, new InfrastructureSpec(null, null, null));
        spec = spec with { Stop = new StopSpec(48 * 3600, null, 0, 0) };
        var run = SimulationRunner.Run(spec, 0);
        var open = run.Jobs.Where(j => j.Status == JobStatus.Unfinished).ToArray();
        var queued = open.Where(j => double.IsNaN(j.Start)).ToArray();
        Assert.Equal(queued.Length, run["jobs_open_queued"]);
        Assert.Equal(open.Length - queued.Length, run["jobs_open_running"]);
        Assert.True(queued.Length > 20);
        var end = 48 * 3600.0;
        Assert.Equal(open.Max(j => end - j.Submit) / 3600, run["open_max_age_hours"], 9);
        Assert.Equal(open.Average(j => end - j.Submit) / 3600, run["open_mean_age_hours"], 9);
        // Waits of the jobs that started, plus the queued jobs' waits so far.
        var started = run.Jobs.Where(j => !double.IsNaN(j.Start)).Select(j => j.Start - j.Submit);
        var lowerBound = started.Concat(queued.Select(j => end - j.Submit)).Average() / 3600;
        Assert.Equal(lowerBound, run["mean_wait_hours_incl_open"], 9);
        Assert.True(run["mean_wait_hours_incl_open"] > run["mean_wait_hours"]);
        Assert.True(run["queue_last_quarter"] > 3 * run["queue_first_quarter"]);
        // Each completed job did 16 chip-hours of work.
        Assert.Equal(16 * run["jobs_completed"], run["completed_chip_hours"], 9);
        Assert.Equal(run["energy_cost_yuan"] / run["delivered_chip_hours"], run["cost_yuan_per_delivered_chip_hour"], 9);
    }

    [Fact]
    public void Quarter_queues_are_the_means_of_the_first_and_last_quarter_hours()
    {
        var hours = Enumerable.Range(0, 8).Select(h => ((double)h, (double)h * h)).ToArray();
        Assert.Equal((0.5, 42.5), OpenWorkMetrics.QuarterQueues(hours));
        Assert.True(double.IsNaN(OpenWorkMetrics.QuarterQueues(hours[..3]).First));
    }
}
