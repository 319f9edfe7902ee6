using CenterSim.Scenarios;
using CenterSim.Simulation.Events;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Engine;

/// <summary>
/// Servers write their changes of draw into a log the power budget reads before each message it handles,
/// except in a recorded run, where each change is a message of its own. Both must meter the same energy,
/// bills, peaks and cap violations, to the last bit.
/// </summary>
public class PowerBatchSpec
{
    [Theory]
    [InlineData("power-capped-rack.yaml")]
    [InlineData("mixed-fleet.yaml")]
    [InlineData("ascend-910-center.yaml")]
    public void Batched_and_single_power_messages_meter_the_same(string file)
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", file));
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var spec = load.Spec!;
        var batched = SimulationRunner.Run(spec, 0);
        var (single, _) = RecordedRun.Run(spec, 0);
        Assert.Equal(batched.Metrics, single.Metrics);
        Assert.True(batched["it_energy_kwh"] > 0);
    }

    [Fact]
    public void The_log_gives_back_changes_in_the_order_made_and_refuses_one_back_in_time()
    {
        var log = new CenterSim.Simulation.Actors.PowerChangeLog();
        log.Add(10, 3, 500);
        log.Add(10, 1, 700);
        log.Add(25, 3, 400);
        Assert.Equal(3, log.Pending);
        var read = new List<(double, int, double)>();
        log.TakeAll((t, s, w) => read.Add((t, s, w)));
        Assert.Equal(new[] { (10.0, 3, 500.0), (10.0, 1, 700.0), (25.0, 3, 400.0) }, read);
        Assert.Equal(0, log.Pending);
        log.Add(30, 2, 100);
        Assert.Throws<InvalidOperationException>(() => log.Add(29, 2, 200));
    }
}
