using CenterSim.Simulation.Benchmark;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Engine;

/// <summary><c>bench --scale</c> keeps the fastest of its repeats, and every repeat is the same run.</summary>
public class ScaleBenchmarkSpec
{
    [Fact]
    public void Each_row_is_the_fastest_of_its_repeats_with_the_counts_of_a_single_run()
    {
        var rows = ScaleBenchmark.Run(new[] { 4 }, 2, new[] { "fifo", "easy-backfill" }, new[] { "random" }, repeats: 3).ToList();
        Assert.Equal(new[] { ("fifo", "random"), ("easy-backfill", "random") }, rows.Select(r => (r.Scheduling, r.Placement)));
        foreach (var row in rows)
        {
            var single = SimulationRunner.Run(ScaleModel.Spec(4, row.Scheduling, row.Placement, 2), 0, out var messages);
            Assert.Equal(256, row.Chips);
            Assert.Equal((long)single["events"], row.Events);
            Assert.Equal(messages, row.Messages);
            Assert.Equal(single["utilization"], row.Utilization);
            Assert.True(row.WallSeconds > 0);
        }
    }

    [Fact]
    public void No_repeat_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScaleBenchmark.Run(new[] { 4 }, 1, repeats: 0).ToList());
    }

    [Fact]
    public void A_capping_row_runs_the_center_with_its_racks_capped()
    {
        var rows = ScaleBenchmark.Run(new[] { 4 }, 2, new[] { "fifo" }, new[] { "first-fit" }, cappings: new[] { Model.Infrastructure.CappingMode.None, Model.Infrastructure.CappingMode.Throttle }).ToList();
        Assert.Equal(new[] { Model.Infrastructure.CappingMode.None, Model.Infrastructure.CappingMode.Throttle }, rows.Select(r => r.Capping));
        var capped = SimulationRunner.Run(ScaleModel.Spec(4, "fifo", "first-fit", 2, capping: Model.Infrastructure.CappingMode.Throttle), 0, out _);
        Assert.Equal((long)capped["events"], rows[1].Events);
        Assert.True(capped["throttled_chip_hours"] > 0, "a rack cap below a full rack's draw throttles at this load");
        Assert.Equal(0, capped["cap_violations"]);
    }
}
