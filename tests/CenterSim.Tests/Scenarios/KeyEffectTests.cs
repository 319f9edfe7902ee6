using CenterSim.Scenarios;
using CenterSim.Simulation.Market;
using Xunit;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>
/// Keys that are read but would change nothing are warned about at their position: a constant PUE beside a
/// load-dependent one, a server price without a market, a runtime estimate no policy reads.
/// </summary>
public class KeyEffectTests
{
    private const string LoadPue = "\ninfrastructure:\n  power: { pue_at_idle: 1.5, pue_at_full: 1.2 }\n";

    private static int LineOf(string text, string key) => text.Split('\n').ToList().FindIndex(l => l.Contains(key, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_load_dependent_pue_makes_the_constant_one_optional_and_stands_for_it()
    {
        var without = Minimal.With("    pue: 1.0\n", "") + LoadPue;
        var result = ScenarioLoader.Parse(without, "t.yaml");
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(1.2, result.Spec!.Center.Pue);

        var both = Minimal + LoadPue;
        var warned = ScenarioLoader.Parse(both, "t.yaml");
        var w = Assert.Single(warned.Warnings);
        Assert.StartsWith("warning: 'pue' has no effect: 'infrastructure.power.pue_at_idle' and 'pue_at_full'", w.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(both, "pue: 1.0"), w.Line);
        Assert.Equal(1.2, warned.Spec!.Center.Pue);

        var neither = ScenarioLoader.Parse(Minimal.With("    pue: 1.0\n", ""), "t.yaml");
        Assert.Contains(neither.Errors, e => e.Message.Contains("missing required key 'pue'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_load_figure_under_a_load_dependent_pue_uses_pue_at_full()
    {
        // A chip at peak: 100 W x PUE at full load 1.2 x 1 yuan/kWh, plus a quarter of a server-hour's operations
        // (8,760 yuan per server-year is 1 yuan per server-hour; 4 chips a server).
        var text = Minimal.With("    pue: 1.0\n", "").With("flat_yuan_per_kwh: 0", "flat_yuan_per_kwh: 1") + LoadPue
            + "market: { period: 30d, operations_yuan_per_server_year: 8760 }\n";
        var result = ScenarioLoader.Parse(text, "t.yaml");
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        var costs = new CostModel(result.Spec!, result.Spec!.Market!.Economics);
        Assert.Equal(0.12 + 0.25, costs.FullCostYuanPerChipHour(0), 12);
    }

    [Fact]
    public void A_server_price_without_a_market_is_warned_about()
    {
        var priced = Minimal.With("peak_w: 400 }", "peak_w: 400, price_yuan: 250000 }");
        var w = Assert.Single(ScenarioLoader.Parse(priced, "t.yaml").Warnings);
        Assert.StartsWith("warning: 'price_yuan' has no effect without a 'market' section", w.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(priced, "price_yuan"), w.Line);
        var market = ScenarioLoader.Parse(priced + "market: { period: 30d }\n", "t.yaml");
        Assert.DoesNotContain(market.Warnings, x => x.Message.Contains("'price_yuan' has no effect", StringComparison.Ordinal));
    }

    [Fact]
    public void A_runtime_estimate_is_warned_about_under_a_policy_that_never_reads_one()
    {
        var estimated = Minimal.With("chip_hours: { fixed: 10 }", "chip_hours: { fixed: 10 }\n      runtime_estimate: { factor: { fixed: 2 } }");
        var w = Assert.Single(ScenarioLoader.Parse(estimated, "t.yaml").Warnings);
        Assert.Equal("warning: 'runtime_estimate' has no effect under scheduling 'fifo', which never reads declared runtimes; it matters under 'easy-backfill' or 'shortest-job-first'", w.Message);
        Assert.Equal(LineOf(estimated, "runtime_estimate"), w.Line);
        foreach (var reader in new[] { "easy-backfill", "shortest-job-first" })
        {
            var read = estimated.With("policies:", $"policies:\n  scheduling: {reader}");
            Assert.Empty(ScenarioLoader.Parse(read, "t.yaml").Warnings);
        }
    }
}
