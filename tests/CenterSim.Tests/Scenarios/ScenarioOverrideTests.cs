using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

public sealed class ScenarioOverrideTests
{
    private static ScenarioLoadResult Parse(string text, params (string Path, string Value)[] overrides) =>
        ScenarioLoader.Parse(text, FileName, overrides.Select(o => KeyValuePair.Create(o.Path, o.Value)).ToList());

    [Fact]
    public void Overrides_change_values_before_conversion()
    {
        var result = Parse(Full,
            ("policies.pricing.yuan_per_chip_hour", "12"),
            ("centers.0.pue", "1.5"),
            ("duration", "30d"),
            ("tenants.1.training.chips", "[1, 2, 4]"),
            ("tenants.0.training.chip_hours", "{ fixed: 7 }"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var spec = result.Spec!;

        Assert.Equal(12, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
        Assert.Equal(1.5, spec.Center.Pue);
        Assert.Equal(30 * 86400.0, spec.Stop.DurationSeconds);
        Assert.Equal(new[] { 1, 2, 4 }, spec.Tenants[1].Training.ChipChoices);
        Assert.Equal(7, spec.Tenants[0].Training.ChipHours.Mean);
    }

    [Fact]
    public void Override_may_add_a_last_key_and_set_a_parameter_on_a_bare_policy_name()
    {
        var result = Parse(Minimal, ("tenants.0.budget_yuan", "500"), ("policies", "{ pricing: fixed }"), ("policies.pricing.yuan_per_chip_hour", "3"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(500, result.Spec!.Tenants[0].BudgetYuan);
        Assert.Equal(3, result.Spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
    }

    [Fact]
    public void Overridden_values_are_validated_like_the_file()
    {
        var result = Parse(Full, ("centers.0.pue", "0.5"));
        var d = Assert.Single(result.Errors);
        Assert.Equal(PositionOf(Full, "1.3"), (d.Line, d.Column));
        Assert.Equal("'pue': must be between 1 and 10, found 0.5 (set by override 'centers.0.pue=0.5')", d.Message);

        var policy = Assert.Single(Parse(Full, ("policies.scheduling", "fofo")).Errors);
        Assert.Contains("unknown scheduling policy 'fofo'", policy.Message);
    }

    [Fact]
    public void Override_on_an_unknown_path_is_an_error()
    {
        var missing = Assert.Single(Parse(Full, ("hardwar.servers.a8.chips", "4")).Errors);
        Assert.Equal((1, 1), (missing.Line, missing.Column));
        Assert.Contains("override 'hardwar.servers.a8.chips=4': unknown path, no key 'hardwar' in the top level; did you mean 'hardware'?", missing.Message);

        var index = Assert.Single(Parse(Full, ("centers.3.pue", "1.2")).Errors);
        Assert.Contains("'3' is not an index of 'centers' (0 to 0)", index.Message);

        var scalar = Assert.Single(Parse(Full, ("seed.low", "1")).Errors);
        Assert.Contains("'seed' is a single value and has no 'low'", scalar.Message);

        var leaf = Assert.Single(Parse(Full, ("centers.0.colour", "red")).Errors);
        Assert.Contains("unknown key 'colour' in centers[0]", leaf.Message);
        Assert.Contains("(set by override 'centers.0.colour=red')", leaf.Message);
    }

    [Fact]
    public void Override_paths_that_are_not_dotted_paths_are_errors()
    {
        Assert.Contains("expected a dotted path", Assert.Single(Parse(Full, ("centers..pue", "1")).Errors).Message);
        Assert.Contains("invalid YAML", Assert.Single(Parse(Full, ("tenants.0.training.chips", "[1, 2")).Errors).Message);
    }
}
