using CenterSim.Scenarios;
using Xunit;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Scenario keys that would silently change nothing, or prices that would silently be 0, are refused.</summary>
public class ScenarioTrapTests
{
    private static IReadOnlyList<string> Errors(string text) =>
        ScenarioLoader.Parse(text, "t.yaml").Errors.Select(e => e.Message).ToList();

    [Fact]
    public void A_scenario_without_a_price_is_refused()
    {
        var unpriced = Minimal.With("policies:\n  pricing: { name: fixed, yuan_per_chip_hour: 0 }", "");
        Assert.Contains(Errors(unpriced), m => m.StartsWith("'policies.pricing' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_pricing_key_is_no_price()
    {
        // 'pricing: ~' (or nothing after the colon) passed the check as if a price were written, and the run then failed.
        foreach (var empty in new[] { "pricing: ~", "pricing:" })
        {
            var text = Minimal.With("pricing: { name: fixed, yuan_per_chip_hour: 0 }", empty);
            Assert.Contains(Errors(text), m => m.StartsWith("'policies.pricing' is missing", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_price_parameter_has_no_default()
    {
        var noPrice = Minimal.With("{ name: fixed, yuan_per_chip_hour: 0 }", "{ name: time-of-use, peak_yuan_per_chip_hour: 12 }");
        Assert.Contains(Errors(noPrice), m => m.Contains("needs 'offpeak_yuan_per_chip_hour'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_hourly_tariff_replaces_the_flat_one_under_the_same_key()
    {
        var hours = string.Join(", ", Enumerable.Range(0, 24).Select(h => h < 12 ? "0.4" : "0.8"));
        var hourly = Minimal.With("tariff: { flat_yuan_per_kwh: 0 }", $"tariff: {{ yuan_per_kwh_by_hour: [{hours}] }}");
        var spec = ScenarioLoader.Parse(hourly, "t.yaml").Spec!;
        Assert.Equal(0.6, spec.Center.TariffYuanPerKwh, 12);
        Assert.Equal(0.8, spec.Infrastructure.Power!.TariffByHour![23]);

        var both = Minimal.With("tariff: { flat_yuan_per_kwh: 0 }", $"tariff: {{ flat_yuan_per_kwh: 0.5, yuan_per_kwh_by_hour: [{hours}] }}");
        Assert.Contains(Errors(both), m => m.Contains("not both", StringComparison.Ordinal));

        var old = Minimal + "\ninfrastructure:\n  power:\n    tariff_yuan_per_kwh_by_hour: 0.5\n";
        Assert.Contains(Errors(old), m => m.StartsWith("'tariff_yuan_per_kwh_by_hour' has moved", StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_without_effect_are_warned_about_with_the_reason()
    {
        var text = Minimal.With("pue: 1.0", "pue: 1.0\n    carbon_kg_per_kwh: 0.5").With("policies:", "policies:\n  broker: greenest");
        var result = ScenarioLoader.Parse(text, "t.yaml");
        Assert.True(result.Ok);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("warning: 'carbon_kg_per_kwh' has no effect with one center", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("warning: 'policies.broker' has no effect with one center", StringComparison.Ordinal));
        Assert.Empty(ScenarioLoader.Parse(Minimal, "t.yaml").Warnings);
    }

    [Fact]
    public void Input_data_with_one_center_and_a_server_type_without_racks_are_warned_about()
    {
        var text = Minimal
            .With("chip_hours: { fixed: 10 }", "chip_hours: { fixed: 10 }\n      input_gb: { fixed: 100 }")
            .With("    box: { chip: x, chips: 4, idle_w: 100, peak_w: 400 }", "    box: { chip: x, chips: 4, idle_w: 100, peak_w: 400 }\n    spare: { chip: y, chips: 8, idle_w: 100, peak_w: 900 }");
        var result = ScenarioLoader.Parse(text, "t.yaml");
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        int LineOf(string key) => text.Split('\n').ToList().FindIndex(l => l.Contains(key, StringComparison.Ordinal)) + 1;
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("warning: 'input_gb' has no effect with one center", StringComparison.Ordinal) && w.Line == LineOf("input_gb"));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("warning: server type 'spare' has no effect", StringComparison.Ordinal) && w.Line == LineOf("spare:"));
    }

    [Fact]
    public void A_center_carbon_intensity_under_an_hourly_one_is_warned_about_in_a_network()
    {
        var text = ThreeCenters + "\ninfrastructure:\n  power:\n    carbon_kg_per_kwh_by_hour: 0.5\n";
        var result = ScenarioLoader.Parse(text, "t.yaml");
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        var carbon = result.Warnings.Where(w => w.Message.StartsWith("warning: 'carbon_kg_per_kwh' has no effect: 'infrastructure.power.carbon_kg_per_kwh_by_hour'", StringComparison.Ordinal)).ToList();
        Assert.Equal(ThreeCenters.Split('\n').Count(l => l.Contains("carbon_kg_per_kwh:", StringComparison.Ordinal)), carbon.Count);
        Assert.NotEmpty(carbon);
    }

    [Fact]
    public void A_power_table_that_replaces_a_server_types_own_curve_is_warned_about()
    {
        var table = "\ninfrastructure:\n  power:\n    table_w: { idle: 100, median: 200, p90: 350, peak: 400 }\n";
        Assert.Empty(ScenarioLoader.Parse(Minimal + table, "t.yaml").Warnings);
        var other = ScenarioLoader.Parse(Minimal + table.Replace("peak: 400", "peak: 500", StringComparison.Ordinal), "t.yaml");
        var w = Assert.Single(other.Warnings);
        Assert.StartsWith("warning: 'table_w' is the power curve of every server: the idle_w and peak_w of server type 'box' differ", w.Message, StringComparison.Ordinal);
    }
}
