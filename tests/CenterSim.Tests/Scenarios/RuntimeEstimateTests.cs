using CenterSim.Model.Workload;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary><c>training.runtime_estimate</c>: exact, a factor distribution, or by default users' over-estimates.</summary>
public sealed class RuntimeEstimateTests
{
    private const string Work = "      chip_hours: { fixed: 10 }";

    private static string WithEstimate(string estimate) => Minimal.With(Work, Work + "\n      runtime_estimate: " + estimate);

    [Fact]
    public void Without_the_key_estimates_are_the_true_runtime_times_a_lognormal_factor_of_mean_2_and_sd_1()
    {
        var estimate = Load(Minimal).Tenants[0].Training.RuntimeEstimate;
        Assert.False(estimate.Exact);
        var factor = Assert.IsType<LogNormalDistribution>(estimate.Factor);
        Assert.Equal((2.0, 1.0), (factor.MeanValue, factor.StdDev));
    }

    [Fact]
    public void Exact_or_any_positive_distribution_is_read()
    {
        Assert.Equal(RuntimeEstimateSpec.ExactEstimate, Load(WithEstimate("exact")).Tenants[0].Training.RuntimeEstimate);

        var fixedFactor = Load(WithEstimate("{ factor: { fixed: 1.5 } }")).Tenants[0].Training.RuntimeEstimate;
        Assert.False(fixedFactor.Exact);
        Assert.Equal(1.5, Assert.IsType<FixedDistribution>(fixedFactor.Factor).Value);

        var lognormal = Assert.IsType<LogNormalDistribution>(Load(WithEstimate("{ factor: { lognormal: { mean: 3, sd: 2.5 } } }")).Tenants[0].Training.RuntimeEstimate.Factor);
        Assert.Equal((3.0, 2.5), (lognormal.MeanValue, lognormal.StdDev));

        // Under-estimates are allowed: a factor below 1 is still positive.
        Assert.Equal(new[] { 0.5, 1, 4 }, Assert.IsType<EmpiricalDistribution>(Load(WithEstimate("{ factor: { empirical: [0.5, 1, 4] } }")).Tenants[0].Training.RuntimeEstimate.Factor).Values);
    }

    [Fact]
    public void A_factor_that_could_be_zero_or_negative_and_any_other_form_is_an_error()
    {
        var zero = WithEstimate("{ factor: { fixed: 0 } }");
        Exactly(zero, (PositionOf(zero, "0 }", after: "runtime_estimate"), "'fixed': must be > 0, found 0"));

        var negative = WithEstimate("{ factor: { empirical: [2, -1] } }");
        Exactly(negative, (PositionOf(negative, "-1", after: "runtime_estimate"), "'empirical': must be > 0, found -1"));

        var word = WithEstimate("exactly");
        Exactly(word, (PositionOf(word, "exactly"),
            "'runtime_estimate': expected 'exact' or { factor: <distribution> } (e.g. { factor: { lognormal: { mean: 2, sd: 1 } } }), found 'exactly'"));

        var list = WithEstimate("[2]");
        Exactly(list, (PositionOf(list, "[2]"),
            "'runtime_estimate': expected 'exact' or { factor: <distribution> } (e.g. { factor: { lognormal: { mean: 2, sd: 1 } } }), found a list"));

        var key = WithEstimate("{ factr: { fixed: 2 } }");
        Exactly(key,
            (PositionOf(key, "{ factr"), "missing required key 'factor' in tenants[0].training.runtime_estimate"),
            (PositionOf(key, "factr"), "unknown key 'factr' in tenants[0].training.runtime_estimate; did you mean 'factor'?"));
    }

    [Fact]
    public void Overrides_set_a_group_s_estimate()
    {
        var result = CenterSim.Scenarios.ScenarioLoader.Parse(Minimal, FileName, new[] { KeyValuePair.Create("tenants.0.training.runtime_estimate", "{ factor: { fixed: 3 } }") });
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(3, Assert.IsType<FixedDistribution>(result.Spec!.Tenants[0].Training.RuntimeEstimate.Factor).Value);
    }
}
