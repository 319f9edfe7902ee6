using CenterSim.Policies.TracePlacement;
using CenterSim.Traces.Inflation;
using CenterSim.Traces.Readers;

namespace CenterSim.Tests.Traces;

public class InflationSimulatorTests
{
    // 4 nodes x 2 GPUs = 8,000 GPU milli.
    internal static readonly OpenbNode[] Nodes = Enumerable.Range(0, 4)
        .Select(i => new OpenbNode($"n{i}", 32_000, 131_072, 2, i % 2 == 0 ? "G2" : "T4", i + 2))
        .ToArray();

    internal static readonly GpuPodRequest[] Tasks =
    {
        new("a", 4_000, 1_000, 1, 1000, ""),
        new("b", 2_000, 1_000, 1, 500, ""),
        new("c", 2_000, 1_000, 1, 250, ""),
        new("d", 8_000, 1_000, 2, 1000, ""),
        new("e", 1_000, 1_000, 0, 0, ""),
        new("f", 2_000, 1_000, 1, 700, "T4"),
    };

    private static InflationResult Run(string policy, long seed, double maxLoad) =>
        InflationSimulator.Run(policy, TracePlacementCatalog.Policies.Create(CenterSim.Model.Scenario.PolicyChoice.Named(policy)),
            Nodes, Tasks, TargetWorkload.FromTasks(Tasks), new InflationOptions(seed, maxLoad));

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.3)]
    public void Submission_stops_at_the_requested_load(double maxLoad)
    {
        var sequence = InflationSimulator.BuildSequence(Tasks, 8_000, new InflationOptions(3, maxLoad));
        var requested = sequence.Sum(t => t.TotalGpuMilli);

        Assert.True(requested <= maxLoad * 8_000, $"{requested} > {maxLoad * 8_000}");
        Assert.True(requested > maxLoad * 8_000 - 2_000, $"{requested} stopped too early");

        var result = Run("best-fit", 3, maxLoad);
        Assert.Equal(requested, result.ArrivedGpuMilli);
        Assert.Equal(sequence.Count, result.SubmittedTasks);
        Assert.True(result.Curve[^1].LoadPct <= Math.Round(maxLoad * 100));
    }

    [Fact]
    public void Over_capacity_the_failures_are_counted_and_allocation_never_exceeds_capacity()
    {
        var result = Run("fgd", 5, 1.3);

        Assert.True(result.FailedTasks > 0);
        Assert.True(result.AllocatedGpuMilli <= result.CapacityGpuMilli);
        Assert.All(result.Curve, p => Assert.InRange(p.AllocationPct, 0, 100));
        Assert.All(result.Curve, p => Assert.InRange(p.FragmentationPct, 0, 100));
    }

    [Fact]
    public void Same_seed_gives_the_same_run_and_orders_are_seeded()
    {
        var first = Run("random", 11, 1.3);
        var again = Run("random", 11, 1.3);

        Assert.Equal(first.Curve, again.Curve);
        Assert.Equal(first.FailedTasks, again.FailedTasks);
        Assert.Equal(first.AllocatedGpuMilli, again.AllocatedGpuMilli);
        var orderA = InflationSimulator.BuildSequence(Tasks, 8_000, new InflationOptions(11)).Select(t => t.Name);
        var orderB = InflationSimulator.BuildSequence(Tasks, 8_000, new InflationOptions(12)).Select(t => t.Name);
        Assert.NotEqual(orderA, orderB);
    }

    [Fact]
    public void Target_workload_keeps_the_popular_shapes_and_renormalises()
    {
        var tasks = Enumerable.Repeat(new GpuPodRequest("x", 1_000, 0, 1, 1000, ""), 6)
            .Concat(Enumerable.Repeat(new GpuPodRequest("y", 2_000, 0, 1, 500, ""), 3))
            .Append(new GpuPodRequest("z", 3_000, 0, 0, 0, ""))
            .ToList();

        var w = TargetWorkload.FromTasks(tasks, coverage: 0.85);

        Assert.Equal(2, w.Pods.Count);
        Assert.Equal(6.0 / 9, w.Pods[0].Frequency, 12);
        Assert.Equal(500, w.Pods[1].Shape.GpuMilli);
    }
}
