using CenterSim.Simulation.Metrics;

namespace CenterSim.Tests.Simulation;

/// <summary>A run's per-job history gives back every value in the order added, across chunk boundaries.</summary>
public class RunHistorySpec
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(100_000)]
    public void Values_come_back_in_order_with_room_for_more(int n)
    {
        var waits = new RunHistory<double>();
        var billed = new RunHistory<(long Id, int Pool)>();
        for (var i = 0; i < n; i++)
        {
            waits.Add(i * 0.5);
            billed.Add((i, i % 3));
        }
        Assert.Equal(n, waits.Count);
        var list = waits.ToList(more: 7);
        Assert.Equal(Enumerable.Range(0, n).Select(i => i * 0.5), list);
        Assert.Equal(n + 7, list.Capacity);
        Assert.Equal(Enumerable.Range(0, n).Select(i => ((long)i, i % 3)), billed.ToList());
    }
}
