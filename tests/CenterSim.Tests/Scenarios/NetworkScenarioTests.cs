using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Scenarios with several centers load into a <see cref="NetworkSpec"/>; one center stays as it was.</summary>
public sealed class NetworkScenarioTests
{
    private const string LinksSection = """
        network:
          links:
            - { between: [east, west], gbps: 100, latency_ms: 30, yuan_per_gb: 0.05 }
            - { between: [north, east], gbps: 200, latency_ms: 12 }

        """;

    [Fact]
    public void Three_centers_load_with_their_regions_carbon_and_pricing()
    {
        var spec = Load(ThreeCenters);

        var network = Assert.IsType<NetworkSpec>(spec.Network);
        Assert.Equal(new[] { "sh-1", "gy-1", "bj-1" }, network.Centers.Select(c => c.Name).ToArray());
        Assert.Same(network.Centers[0], spec.Center);
        Assert.Equal(new[] { "east", "west", "north" }, network.Regions.ToArray());

        Assert.Equal(
            new[] { new WanLinkSpec("east", "west", 100, 30, 0.05), new WanLinkSpec("north", "east", 200, 12, 0) },
            network.Links.ToArray());

        var sh = network.Centers[0];
        SameCenter(new CenterSpec("sh-1", "east", 1.3, 0.8, new RackSpec(2, 4, "s8", 400)) { CarbonKgPerKwh = 0.58, Pricing = sh.Pricing }, sh);
        Assert.Equal("fixed", sh.Pricing!.Name);
        Assert.Equal(new Dictionary<string, double> { ["yuan_per_chip_hour"] = 14 }, sh.Pricing.Parameters);

        var gy = network.Centers[1];
        Assert.Equal(0.12, gy.CarbonKgPerKwh);
        Assert.Equal(new RackSpec(8, 4, "a8", 400), gy.Racks);
        Assert.Equal("time-of-use", gy.Pricing!.Name);
        Assert.Equal(10, gy.Pricing.Parameters["peak_yuan_per_chip_hour"]);
        Assert.Equal(6, gy.Pricing.Parameters["offpeak_yuan_per_chip_hour"]);
        Assert.Equal(8, gy.Pricing.Parameters["peak_start_hour"]);
        Assert.Equal(22, gy.Pricing.Parameters["peak_end_hour"]);

        var bj = network.Centers[2];
        Assert.Equal("north", bj.Region);
        Assert.Null(bj.CarbonKgPerKwh);
        Assert.Null(bj.Pricing);

        // The scenario's own pricing stays the fallback for centers without one.
        Assert.Equal(12, spec.Policies.Pricing.Parameters["yuan_per_chip_hour"]);
        Assert.Equal(new[] { "east", "north" }, spec.Tenants.Select(t => t.Region).ToArray());
        Assert.Equal("weighted", spec.Policies.Broker.Name);
        Assert.Equal(new Dictionary<string, double> { ["yuan_per_kg_co2"] = 0.5, ["yuan_per_chip_hour_waited"] = 2 }, spec.Policies.Broker.Parameters);
        Assert.Equal(new LogNormalDistribution(500, 800), spec.Tenants[0].Training.InputGb);
        Assert.Null(spec.Tenants[1].Training.InputGb);
        // A job on 256 chips fits only the largest center, gy-1.
        Assert.Equal(new[] { 8, 256 }, spec.Tenants[0].Training.ChipChoices);
    }

    [Fact]
    public void Centers_may_share_a_region()
    {
        var spec = Load(ThreeCenters
            .With("region: north\n    pue", "region: west\n    pue")
            .With("    - { between: [north, east], gbps: 200, latency_ms: 12 }\n", "")
            .With("region: north", "region: west"));
        Assert.Equal(new[] { "east", "west" }, spec.Network!.Regions.ToArray());
        Assert.Equal(3, spec.Network.Centers.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("network:\n")]
    [InlineData("network: {}\n")]
    [InlineData("network: { links: [] }\n")]
    public void Links_are_optional_so_regions_may_be_islands(string network)
    {
        var spec = Load(ThreeCenters.With(LinksSection, network));
        Assert.Empty(spec.Network!.Links);
        Assert.Equal(3, spec.Network.Regions.Count);
    }

    [Fact]
    public void One_center_has_no_network_and_loads_as_before()
    {
        var spec = Load(Full);
        Assert.Null(spec.Network);
        SameCenter(new CenterSpec("c1", "shanghai", 1.3, 0.5, new RackSpec(2, 4, "a8", 400)), spec.Center);
        Assert.Null(spec.Center.CarbonKgPerKwh);
        Assert.Null(spec.Center.Pricing);
        Assert.Null(spec.Tenants[0].Region);
        Assert.Null(spec.Tenants[0].Training.InputGb);
        Assert.Equal("local-only", spec.Policies.Broker.Name);
    }

    [Fact]
    public void With_one_center_a_tenant_region_is_optional_and_must_be_the_center_s()
    {
        var spec = Load(Full.With("group: solo\n", "group: solo\n    region: shanghai\n"));
        Assert.Null(spec.Tenants[0].Region);
        Assert.Equal("shanghai", spec.Tenants[1].Region);
    }

    [Fact]
    public void Input_data_may_be_zero_and_is_read_with_one_center_too()
    {
        var spec = Load(Full
            .With("chip_hours: { lognormal: { mean: 200, sd: 400 } }", "chip_hours: { lognormal: { mean: 200, sd: 400 } }\n      input_gb: { fixed: 0 }")
            .With("chip_hours: { empirical: [3, 5, 10] }", "chip_hours: { empirical: [3, 5, 10] }\n      input_gb: { empirical: [0, 20.5] }"));
        Assert.Null(spec.Network);
        Assert.Equal(new FixedDistribution(0), spec.Tenants[0].Training.InputGb);
        Assert.Equal(new[] { 0, 20.5 }, Assert.IsType<EmpiricalDistribution>(spec.Tenants[1].Training.InputGb).Values);
    }

    [Theory]
    [InlineData("broker: local-only", "local-only")]
    [InlineData("broker: Cheapest", "cheapest")]
    [InlineData("broker: greenest", "greenest")]
    [InlineData("broker: shortest-wait", "shortest-wait")]
    [InlineData("broker: null", "local-only")]
    public void Every_broker_is_read_by_name_and_local_only_is_the_default(string line, string name)
    {
        var spec = Load(ThreeCenters.With("broker: { name: weighted, yuan_per_kg_co2: 0.5 }", line));
        Assert.Equal(name, spec.Policies.Broker.Name);
        Assert.Empty(spec.Policies.Broker.Parameters);
    }

    [Fact]
    public void One_center_accepts_a_broker_which_changes_nothing()
    {
        var spec = Load(Full.With("  scheduling: FIFO\n", "  scheduling: FIFO\n  broker: greenest\n"));
        Assert.Null(spec.Network);
        Assert.Equal("greenest", spec.Policies.Broker.Name);
    }

    [Fact]
    public void One_center_may_give_its_carbon_intensity_and_pricing()
    {
        var spec = Load(Full.With("    pue: 1.3\n", "    pue: 1.3\n    carbon_kg_per_kwh: 0\n    pricing: { name: fixed, yuan_per_chip_hour: 9 }\n"));
        Assert.Null(spec.Network);
        Assert.Equal(0.0, spec.Center.CarbonKgPerKwh);
        Assert.Equal("fixed", spec.Center.Pricing!.Name);
        Assert.Equal(9, spec.Center.Pricing.Parameters["yuan_per_chip_hour"]);
    }
}
