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
}
