using CenterSim.Model.Workload;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>A job whose data is still moving at the end has arrived: it counts as submitted and open, and its age as a wait so far.</summary>
public class TransitCountTests
{
    [Fact]
    public void Jobs_still_moving_at_the_end_are_submitted_and_open()
    {
        // 100,000 GB over 10 Gb/s takes 80,000 s (22.2 h), longer than the 10-hour run: every job sent west is
        // still moving at the end. Before, such jobs were in no count but jobs_in_transit (jobs_submitted was 0).
        var r = SimulationRunner.Run(NetworkSpecs.EastWest("greenest", durationHours: 10, warmupHours: 0,
            inputGb: new FixedDistribution(100_000), chipHours: new FixedDistribution(1), chips: new[] { 1 }), 0);
        Assert.True(r["jobs_in_transit"] > 5, $"{r["jobs_in_transit"]} in transit");
        Assert.Equal(0, r["jobs_completed"]);
        Assert.Equal(r["jobs_in_transit"], r["jobs_submitted"]);
        Assert.Equal(r["jobs_in_transit"], r["jobs_unfinished"]);
        Assert.Equal(r["jobs_submitted"] / 10, r["arrivals_per_hour"], 12);
        Assert.Equal(r["jobs_submitted"], r["jobs_completed"] + r["jobs_rejected"] + r["jobs_unfinished"]);
        // No job waited anywhere else, so the mean wait counting open jobs is the mean age of the moving ones.
        Assert.Equal(r["open_mean_age_hours"], r["mean_wait_hours_incl_open"], 12);
        Assert.InRange(r["open_mean_age_hours"], 0, 10);
        Assert.InRange(r["open_max_age_hours"], r["open_mean_age_hours"], 10);
        Assert.True(double.IsNaN(r["mean_wait_hours"]));
    }
}
