using CenterSim.Model.Infrastructure;
using CenterSim.Scenarios;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Infrastructure;

public class InfrastructureSectionTests
{
    private static string Scenario(string name) => File.ReadAllText(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", name));

    [Fact]
    public void The_shipped_scenarios_load_with_their_infrastructure()
    {
        var ascend = ScenarioLoader.Parse(Scenario("ascend-910-center.yaml"), "ascend-910-center.yaml");
        Assert.True(ascend.Ok, string.Join("\n", ascend.Errors));
        var infra = ascend.Spec!.Infrastructure;
        Assert.Equal(2048, ascend.Spec.TotalChips);
        Assert.Equal(2, infra.Topology!.GradientGigabytes);
        Assert.Equal(CappingMode.Delay, infra.Power!.Capping);
        Assert.Equal(24, infra.Power.TariffByHour!.Count);
        Assert.Equal(3 * 3600, infra.Failures!.CheckpointIntervalSeconds);
        Assert.Equal(5 * 60, infra.Failures.CheckpointWriteSeconds);
        Assert.Equal(10 * 60, infra.Failures.RestartSeconds);
        var capped = ScenarioLoader.Parse(Scenario("power-capped-rack.yaml"), "power-capped-rack.yaml");
        Assert.True(capped.Ok, string.Join("\n", capped.Errors));
        Assert.Equal(36, capped.Spec!.Infrastructure.Power!.RackCapKw);
    }

    [Fact]
    public void Every_infrastructure_mistake_is_reported_at_its_line_and_column()
    {
        var text = Scenario("power-capped-rack.yaml")
            .Replace("    rack_cap_kw: 36", "    rack_cap_kw: 5\n    capping_mode: x")
            .Replace("    capping: throttle", "    capping: throtle")
            .Replace("carbon_kg_per_kwh_by_hour: 0.58", "carbon_kg_per_kwh_by_hour: [0.5, 0.6]");
        var result = ScenarioLoader.Parse(text, "f.yaml");
        Assert.False(result.Ok);
        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("'rack_cap_kw' (5) must exceed the rack's idle draw (11.2 kW)"));
        Assert.Contains(messages, m => m.Contains("unknown key 'capping_mode'") && m.Contains("capping"));
        Assert.Contains(messages, m => m.Contains("unknown 'throtle'") && m.Contains("throttle"));
        Assert.Contains(messages, m => m.Contains("expected 24 hourly values"));
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("rack_cap_kw: 5")) + 1;
        Assert.Contains(result.Errors, e => e.Line == line && e.Column == 18);
    }
}
