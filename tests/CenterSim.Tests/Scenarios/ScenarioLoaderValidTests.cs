using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

public sealed class ScenarioLoaderValidTests
{
    [Fact]
    public void Full_scenario_parses_into_the_expected_values()
    {
        var spec = Load(Full);

        Assert.Equal("full-test", spec.Name);
        Assert.Equal(ulong.MaxValue, spec.Seed);
        Assert.Equal(4, spec.Replications);
        Assert.Equal(FileName, spec.SourcePath);
        Assert.Equal(new StopSpec(14 * 86400.0, null, 12 * 3600.0, 0), spec.Stop);
        Assert.False(spec.Stop.IsJobCount);
        Assert.False(spec.Output.JobsCsv);

        Assert.Equal(2, spec.Hardware.Count);
        Assert.Equal(new ServerTypeSpec("s8", "h100", 8, 1000, 6000, "cuda", 1_500_000), spec.Hardware["s8"]);
        Assert.Equal(new ServerTypeSpec("a8", "ascend-910b", 8, 1400, 5600, "cann", 0), spec.Hardware["a8"]);

        SameCenter(new CenterSpec("c1", "shanghai", 1.3, 0.5, new RackSpec(2, 4, "a8", 400)), spec.Center);
        Assert.Equal(64, spec.TotalChips);

        Assert.Equal(2, spec.Tenants.Count);
        var labs = spec.Tenants[0];
        Assert.Equal("labs", labs.Group);
        Assert.Equal(3, labs.Count);
        Assert.Equal(TenantCategory.KeyProject, labs.Category);
        Assert.Equal(1000.0, labs.BudgetYuan);
        Assert.Equal(0.25, labs.Training.ArrivalsPerHour);
        Assert.Equal(new[] { 1, 8, 64 }, labs.Training.ChipChoices);
        Assert.Equal(new[] { 0.25, 0.5, 0.25 }, labs.Training.ChipWeights);
        var lognormal = Assert.IsType<LogNormalDistribution>(labs.Training.ChipHours);
        Assert.Equal(200, lognormal.MeanValue);
        Assert.Equal(400, lognormal.StdDev);

        var solo = spec.Tenants[1];
        Assert.Equal(1, solo.Count);
        Assert.Equal(TenantCategory.Sme, solo.Category);
        Assert.Null(solo.BudgetYuan);
        Assert.Equal(new[] { 2, 4 }, solo.Training.ChipChoices);
        Assert.Equal(new[] { 0.5, 0.5 }, solo.Training.ChipWeights);
        Assert.Equal(new[] { 3.0, 5.0, 10.0 }, Assert.IsType<EmpiricalDistribution>(solo.Training.ChipHours).Values);

        Assert.Equal("fifo", spec.Policies.Scheduling.Name);
        Assert.Empty(spec.Policies.Scheduling.Parameters);
        Assert.Equal("first-fit", spec.Policies.Placement.Name);
        Assert.Equal("fixed", spec.Policies.Pricing.Name);
        Assert.Equal(12.5, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
        Assert.Single(spec.Policies.Pricing.Parameters);
    }

    [Fact]
    public void Omitted_keys_take_their_defaults()
    {
        var spec = Load(Minimal);

        Assert.Equal(0UL, spec.Seed);
        Assert.Equal(1, spec.Replications);
        Assert.Equal(new StopSpec(null, 100, 0, 0), spec.Stop);
        Assert.True(spec.Stop.IsJobCount);
        Assert.True(spec.Output.JobsCsv);
        Assert.Equal("cuda", spec.Hardware["box"].Ecosystem);
        Assert.Equal(0, spec.Hardware["box"].PriceYuan);
        Assert.Equal("", spec.Center.Region);
        Assert.Equal(400, spec.Center.Racks.UplinkGbps);
        Assert.Equal(1, spec.Tenants[0].Count);
        Assert.Null(spec.Tenants[0].BudgetYuan);
        Assert.Equal(10, Assert.IsType<FixedDistribution>(spec.Tenants[0].Training.ChipHours).Value);
        Assert.Equal("fifo", spec.Policies.Scheduling.Name);
        Assert.Equal("first-fit", spec.Policies.Placement.Name);
        Assert.Equal("fixed", spec.Policies.Pricing.Name);
        Assert.Equal(0, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
    }

    [Theory]
    [InlineData("90d", 90 * 86400.0)]
    [InlineData("12h", 12 * 3600.0)]
    [InlineData("1.5h", 5400.0)]
    [InlineData("45m", 2700.0)]
    [InlineData("30s", 30.0)]
    [InlineData("1w", 604800.0)]
    public void Durations_are_read_in_seconds(string duration, double seconds)
    {
        var spec = Load(Minimal.With("stop_after_jobs: 100", $"duration: {duration}"));
        Assert.Equal(seconds, spec.Stop.DurationSeconds);
    }

    [Fact]
    public void Exponential_chip_hours_and_a_null_budget_are_accepted()
    {
        var spec = Load(Minimal
            .With("chip_hours: { fixed: 10 }", "chip_hours: { exponential: { mean: 1.5 } }")
            .With("category: startup", "category: startup\n    budget_yuan: null"));
        Assert.Equal(1.5, Assert.IsType<ExponentialDistribution>(spec.Tenants[0].Training.ChipHours).MeanValue);
        Assert.Null(spec.Tenants[0].BudgetYuan);
    }

    [Fact]
    public void Shipped_quickstart_is_valid_with_a_load_near_seventy_percent()
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(RepositoryRoot(), "scenarios", "quickstart.yaml"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var spec = result.Spec!;

        Assert.Equal("quickstart", spec.Name);
        Assert.Equal(3, spec.Replications);
        Assert.Equal(14 * 86400.0, spec.Stop.DurationSeconds);
        Assert.Equal(86400.0, spec.Stop.WarmupSeconds);
        Assert.Equal(256, spec.TotalChips);
        Assert.Equal(1.25, spec.Center.Pue);
        Assert.Equal(0.65, spec.Center.TariffYuanPerKwh);
        Assert.Equal(10, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
        Assert.Equal(4, spec.Tenants.Select(t => t.Category).Distinct().Count());
        Assert.Equal(new[] { 1, 8, 16, 32 }, spec.Tenants.SelectMany(t => t.Training.ChipChoices).Distinct().Order());

        var offered = spec.Tenants.Sum(t => t.Count * t.Training.ArrivalsPerHour * t.Training.ChipHours.Mean);
        Assert.Equal(0.70, offered / spec.TotalChips, 3);
    }

    [Fact]
    public void Shipped_mmc_validation_scenario_is_an_m_m_64_queue_at_load_0_9()
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(RepositoryRoot(), "scenarios", "validation", "mmc-64.yaml"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var spec = result.Spec!;

        Assert.Equal("mmc-64", spec.Name);
        Assert.Equal(64, spec.TotalChips);
        Assert.Equal(20, spec.Replications);
        Assert.Equal(new StopSpec(null, 250_000, 0, 10_000), spec.Stop);
        Assert.False(spec.Output.JobsCsv);
        var tenant = Assert.Single(spec.Tenants);
        Assert.Equal(1, tenant.Count);
        Assert.Equal(new[] { 1 }, tenant.Training.ChipChoices);
        Assert.Equal(1, Assert.IsType<ExponentialDistribution>(tenant.Training.ChipHours).MeanValue);
        Assert.Equal(0.9, tenant.Training.ArrivalsPerHour / spec.TotalChips, 12);
        Assert.Equal("fifo", spec.Policies.Scheduling.Name);
        Assert.Equal("first-fit", spec.Policies.Placement.Name);
        Assert.Equal(0, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
    }
}
