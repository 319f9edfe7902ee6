using CenterSim.Model.Experiments;
using CenterSim.Scenarios;
using CenterSim.Scenarios.Experiments;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Pricing;

public sealed class ContractScenarioTests
{
    private const string MarketSection = "\nmarket:\n  period: 30d\n";

    private static string WithPricing(string pricing) =>
        Full.With("pricing: { name: Fixed, yuan_per_chip_hour: 12.5 }", "pricing: " + pricing) + MarketSection;

    [Fact]
    public void Spot_and_committed_keys_under_another_pricing_are_reported_at_the_key()
    {
        var text = Full.With("    category: sme", "    category: sme\n    spot: true")
            .With("    category: key_project", "    category: key_project\n    committed_chips: 4") + MarketSection;
        var result = ScenarioLoader.Parse(text, FileName);
        Assert.Equal(2, result.Errors.Count);
        var spot = Assert.Single(result.Errors, e => e.Message.StartsWith("'spot' has an effect only under pricing 'spot'", StringComparison.Ordinal));
        Assert.Equal(PositionOf(text, "spot: true"), (spot.Line, spot.Column));
        var committed = Assert.Single(result.Errors, e => e.Message.StartsWith("'committed_chips' has an effect only under pricing 'committed'", StringComparison.Ordinal));
        Assert.Equal(PositionOf(text, "committed_chips"), (committed.Line, committed.Column));
    }

    [Fact]
    public void Bad_values_and_reservations_larger_than_the_center_are_reported_at_the_value()
    {
        var text = WithPricing("{ name: committed, yuan_per_chip_hour: 10, committed_discount: 1.5 }")
            .With("    category: key_project", "    category: key_project\n    committed_chips: 30")
            .With("    category: sme", "    category: sme\n    committed_chips: 0");
        var result = ScenarioLoader.Parse(text, FileName);
        var messages = result.Errors.Select(e => ((e.Line, e.Column), e.Message)).ToList();
        Assert.Contains(messages, m => m.Item1 == PositionOf(text, "1.5") && m.Message.Contains("committed_discount"));
        var zero = PositionOf(text, "committed_chips: 0");
        Assert.Contains(messages, m => m.Item1 == (zero.Line, zero.Column + "committed_chips: ".Length) && m.Message.Contains("committed_chips"));

        // 3 labs x 30 chips > 64 chips.
        var fits = WithPricing("{ name: committed, yuan_per_chip_hour: 10 }")
            .With("    category: key_project", "    category: key_project\n    committed_chips: 30");
        var d = Assert.Single(ScenarioLoader.Parse(fits, FileName).Errors);
        Assert.Equal(PositionOf(fits, "30", "committed_chips:"), (d.Line, d.Column));
        Assert.Contains("reserve 90 chips in all", d.Message);

        var spot = WithPricing("{ name: spot, yuan_per_chip_hour: 10 }").With("    category: sme", "    category: sme\n    spot: maybe");
        var notBool = Assert.Single(ScenarioLoader.Parse(spot, FileName).Errors);
        Assert.Equal(PositionOf(spot, "maybe"), (notBool.Line, notBool.Column));
    }

    [Theory]
    [InlineData("spot")]
    [InlineData("committed")]
    public void Spot_and_committed_pricing_need_a_market_section(string name)
    {
        var text = Full.With("pricing: { name: Fixed, yuan_per_chip_hour: 12.5 }", $"pricing: {{ name: {name}, yuan_per_chip_hour: 10 }}");
        var d = Assert.Single(ScenarioLoader.Parse(text, FileName).Errors);
        Assert.Contains($"pricing '{name}' needs a 'market' section", d.Message);
        Assert.Equal(PositionOf(text, "{ name: " + name), (d.Line, d.Column));
    }

    [Fact]
    public void The_shipped_comparison_loads_with_its_spot_and_committed_arms()
    {
        var result = StudyLoader.LoadFile(Path.Combine(RepositoryRoot(), "scenarios/pricing-spot-committed.yaml"), StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var arms = result.Study!.Arms;
        Assert.Equal(new[] { "baseline", "spot", "committed" }, arms.Select(a => a.Name));
        Assert.Equal("fixed", arms[0].Spec.Policies.Pricing.Name);
        Assert.Equal(3, arms[1].Spec.Tenants.Count(g => g.Market?.Spot == true));
        Assert.Equal(64, arms[2].Spec.Tenants.Sum(g => g.Count * (g.Market?.CommittedChips ?? 0)));
    }
}
