using CenterSim.Model.Scenario;
using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Market;

public sealed class MarketScenarioTests
{
    private const string Market = "\nmarket:\n  period: 30d\n  vouchers:\n    preset: shenzen-2024\n    allocation: equal-splt\n    share: 1.5\n";

    [Fact]
    public void Every_market_mistake_is_reported_at_its_line_and_column()
    {
        var text = Full + Market;
        var result = ScenarioLoader.Parse(text, FileName);
        Assert.False(result.Ok);
        var messages = result.Errors.Select(e => (e.Line, e.Column, e.Message)).ToList();
        Assert.Contains(messages, m => (m.Line, m.Column) == PositionOf(text, "shenzen-2024") && m.Message.Contains("did you mean 'shenzhen-2024'?"));
        Assert.Contains(messages, m => (m.Line, m.Column) == PositionOf(text, "equal-splt") && m.Message.Contains("equal-split"));
        Assert.Contains(messages, m => (m.Line, m.Column) == PositionOf(text, "1.5", "share:"));
    }

    [Fact]
    public void A_preset_expands_to_its_published_rules_and_keys_override_it()
    {
        var text = Full + "\nmarket:\n  period: 30d\n  vouchers:\n    preset: shenzhen-2024\n    pool_yuan_per_year: 1000000\n";
        var result = ScenarioLoader.Parse(text, FileName);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var program = result.Spec!.Market!.Vouchers!;
        Assert.Equal((1_000_000.0, 10_000_000.0, 0.5), (program.PoolYuanPerYear, program.CapYuanPerTenantPerYear, program.Share));
        Assert.Equal(0.6, program.ShareFor(TenantCategory.Startup, true));
        Assert.Equal(0.5, program.ShareFor(TenantCategory.Sme, true));
    }

    [Fact]
    public void Tenant_market_keys_without_a_market_section_are_errors()
    {
        var text = Full.With("    category: sme", "    category: sme\n    budget_yuan_per_period: 1000");
        var result = ScenarioLoader.Parse(text, FileName);
        var d = Assert.Single(result.Errors, e => e.Message.Contains("budget_yuan_per_period"));
        Assert.Equal(PositionOf(text, "budget_yuan_per_period"), (d.Line, d.Column));
        Assert.Contains("needs a 'market' section", d.Message);
        Assert.Equal(new[] { d }, result.Errors);
    }

    [Theory]
    [InlineData("scenarios/voucher-programs.yaml")]
    [InlineData("scenarios/pricing.yaml")]
    public void Shipped_market_scenarios_load(string path)
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(RepositoryRoot(), path));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.NotNull(result.Spec!.Market);
    }
}
