using CenterSim.Scenarios;
using CenterSim.Simulation.Events;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Classroom;

public class EventRecorderTests
{
    private static Model.Scenario.ScenarioSpec Lesson(string file)
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "classroom", file));
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        return load.Spec!;
    }

    [Fact]
    public void Recording_changes_no_result_and_repeats_byte_for_byte()
    {
        var spec = Lesson("power-cap.yaml");
        var plain = SimulationRunner.Run(spec, 0);
        var (recorded, events) = RecordedRun.Run(spec, 0);
        Assert.Equal(plain.Metrics, recorded.Metrics);
        var (_, again) = RecordedRun.Run(spec, 0);
        Assert.Equal(events.Select(EventJson.Line), again.Select(EventJson.Line));
        // In simulated-time order, one money snapshot an hour over the 7 days.
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.T <= p.Second.T));
        Assert.Equal(7 * 24, events.Count(e => e.Kind == "money"));
        // Every job started is bought first; the scheduler's throttling is reported under the lesson's 16 kW cap.
        Assert.Equal(events.Count(e => e.Kind == "bought"), events.Count(e => e.Kind == "started"));
        Assert.Contains(events, e => e.Kind == "throttle" && e.Speed < 1 && e.CapKw == 16);
        Assert.All(events.Where(e => e.Kind == "money"), e => Assert.True(e.Money!.RackKw.Max() <= 16 + 1e-6));
    }

    [Fact]
    public void A_tenant_that_gives_up_on_price_was_quoted_more_than_its_job_is_worth()
    {
        var (_, events) = RecordedRun.Run(Lesson("unfinished-building.yaml"), 0);
        var gaveUp = events.Where(e => e is { Kind: "abandoned", Reason: "price_above_value" }).ToList();
        Assert.NotEmpty(gaveUp);
        Assert.All(gaveUp, e => Assert.True(e.OutOfPocket > e.Value));
        // The money snapshot's profit is revenue less the accrued costs.
        var last = events.Last(e => e.Kind == "money").Money!;
        Assert.Equal(last.RevenueYuan!.Value - last.EnergyYuan!.Value - last.CapitalYuan!.Value - last.OperationsYuan!.Value, last.ProfitYuan!.Value, 6);
        Assert.True(last.ProfitYuan < 0);
        var line = CenterSim.Classroom.Narrator.Line(gaveUp[0])!;
        Assert.StartsWith($"{gaveUp[0].Tenant} gave up: the price, 10 yuan per chip-hour", line.En);
        Assert.Contains("放弃了", line.Zh);
    }

    [Fact]
    public void A_server_empty_for_the_idle_timeout_is_recorded_asleep_and_wakes_before_its_next_job_starts()
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "ascend-910-center.yaml"));
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var spec = load.Spec! with { Replications = 1, Stop = load.Spec!.Stop with { DurationSeconds = 3 * 86400.0 } };
        var (_, events) = RecordedRun.Run(spec, 0);
        var asleep = events.Where(e => e.Kind == "asleep").ToList();
        Assert.NotEmpty(asleep);
        // A server goes to sleep (and is drawn asleep) once it has been empty for the 30-minute idle timeout.
        Assert.All(asleep, e => Assert.True(e.T >= 30 * 60 - 1e-6, $"asleep at {e.T} s"));
        // A server that wakes was asleep before, and a job starts on it at that moment.
        foreach (var w in events.Where(e => e.Kind == "waking"))
        {
            Assert.Contains(asleep, a => a.Server == w.Server && a.T <= w.T);
            Assert.Contains(events, e => e.Kind == "started" && e.T == w.T);
        }
    }
}
