using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Mistakes in network scenarios, each reported at its own line and column.</summary>
public sealed class NetworkScenarioErrorTests
{
    [Fact]
    public void Every_mistake_of_a_network_scenario_is_reported_in_one_load()
    {
        var text = ThreeCenters
            .With("carbon_kg_per_kwh: 0.12", "carbon_kg_per_kwh: -0.1")
            .With("name: bj-1", "name: sh-1")
            .With("[east, west]", "[east, wset]")
            .With("[north, east]", "[north, north]")
            .With("region: east\n    training:", "region: esat\n    training:")
            .With("chips: [8, 256]", "chips: [8, 257]")
            .With("input_gb: { lognormal: { mean: 500, sd: 800 } }", "input_gb: { fixed: -5 }")
            .With("region: north\n    training:", "region: north\n    budget_yuan: 10\n    training:")
            .With("broker: { name: weighted, yuan_per_kg_co2: 0.5 }", "broker: greenst")
            + "\nworkload: { trace: missing.csv }\n";
        Exactly(
            text,
            (PositionOf(text, "-0.1"), "'carbon_kg_per_kwh': must be >= 0, found -0.1"),
            (PositionOf(text, "sh-1", after: "name: gy-1"), "duplicate center name 'sh-1' (first defined at line 9)"),
            (PositionOf(text, "wset"), "'between': no center is in region 'wset'; did you mean 'west'? (valid: east, west, north)"),
            (PositionOf(text, "north]"), "'between': a link joins two different regions, not 'north' to itself"),
            (PositionOf(text, "esat"), "'region': no center is in region 'esat'; did you mean 'east'? (valid: east, west, north)"),
            (PositionOf(text, "257"), "a job on 257 chips could never run: the largest center has 256 chips"),
            (PositionOf(text, "-5"), "'fixed': must be >= 0, found -5"),
            (PositionOf(text, "budget_yuan"), "'budget_yuan' in a scenario with several centers needs a 'market' section, whose book keeps each tenant's money across the centers"),
            (PositionOf(text, "greenst"), "unknown broker policy 'greenst'; did you mean 'greenest'? (valid: local-only, cheapest, tenant-cost, greenest, shortest-wait, weighted)"),
            (PositionOf(text, "workload:"), "'workload' in a scenario with several centers needs 'region': the home region of the trace's tenants, where their jobs' data is (valid: east, west, north)"));
    }

    [Fact]
    public void A_center_name_may_be_used_once()
    {
        var text = ThreeCenters.With("name: bj-1", "name: sh-1");
        Single(text, PositionOf(text, "sh-1", after: "name: gy-1"), "duplicate center name 'sh-1' (first defined at line 9)");
    }

    [Fact]
    public void With_several_centers_every_center_needs_a_region()
    {
        var text = ThreeCenters.With("    region: north\n", "");
        Single(text, PositionOf(text, "name: bj-1"), "missing required key 'region' in centers[2]");
    }

    [Fact]
    public void With_several_centers_every_tenant_group_needs_a_known_region()
    {
        var missing = ThreeCenters.With("    region: north\n    training:", "    training:");
        Single(missing, PositionOf(missing, "group: startups"), "missing required key 'region' in tenants[1]");

        var typo = ThreeCenters.With("region: east\n    training:", "region: esat\n    training:");
        Single(typo, PositionOf(typo, "esat"), "'region': no center is in region 'esat'; did you mean 'east'? (valid: east, west, north)");
    }

    [Fact]
    public void With_one_center_a_tenant_region_must_be_the_center_s()
    {
        var other = Full.With("group: solo\n", "group: solo\n    region: beijing\n");
        Single(other, PositionOf(other, "beijing"), "'region': no center is in region 'beijing'; valid: shanghai");

        var none = Minimal.With("category: startup\n", "category: startup\n    region: east\n");
        Single(none, PositionOf(none, "east"), "'region': no center is in region 'east'; the center has no 'region'");
    }

    [Fact]
    public void A_link_joins_two_different_regions_of_centers()
    {
        var typo = ThreeCenters.With("[east, west]", "[east, wset]");
        Single(typo, PositionOf(typo, "wset"), "'between': no center is in region 'wset'; did you mean 'west'? (valid: east, west, north)");

        var self = ThreeCenters.With("[east, west]", "[east, east]");
        Single(self, PositionOf(self, "east]"), "'between': a link joins two different regions, not 'east' to itself");

        var three = ThreeCenters.With("[east, west]", "[east, west, north]");
        Single(three, PositionOf(three, "[east, west, north]"), "'between': expected two regions (e.g. [east, west]), found 3");
    }

    [Fact]
    public void A_pair_of_regions_is_linked_once_in_either_order()
    {
        var text = ThreeCenters.With("[north, east]", "[west, east]");
        var first = PositionOf(text, "[east, west]").Line;
        Single(text, PositionOf(text, "[west, east]"), $"'between': 'west' and 'east' are already linked (line {first}); give each pair of regions one link");
    }

    [Fact]
    public void Link_capacity_latency_and_fee_are_checked()
    {
        var text = ThreeCenters.With("gbps: 100, latency_ms: 30, yuan_per_gb: 0.05", "gbps: 0, latency_ms: -1, yuan_per_gb: -0.05, mbps: 3");
        Exactly(
            text,
            (PositionOf(text, "0,", after: "gbps:"), "'gbps': must be > 0 and <= 1000000, found 0"),
            (PositionOf(text, "-1", after: "latency_ms"), "'latency_ms': must be >= 0, found -1"),
            (PositionOf(text, "-0.05"), "'yuan_per_gb': must be >= 0, found -0.05"),
            (PositionOf(text, "mbps"), "unknown key 'mbps' in network.links[0]; did you mean 'gbps'?"));
    }

    [Fact]
    public void A_network_needs_at_least_two_centers()
    {
        var text = Full + "\nnetwork:\n  links: []\n";
        Single(text, PositionOf(text, "network:"), "'network' needs at least two centers");
    }

    [Fact]
    public void Input_data_is_a_distribution_of_sizes_of_at_least_zero()
    {
        var negative = ThreeCenters.With("input_gb: { lognormal: { mean: 500, sd: 800 } }", "input_gb: { empirical: [5, -1] }");
        Single(negative, PositionOf(negative, "-1]"), "'empirical': must be >= 0, found -1");

        var mean = ThreeCenters.With("input_gb: { lognormal: { mean: 500, sd: 800 } }", "input_gb: { exponential: { mean: 0 } }");
        Single(mean, PositionOf(mean, "0 }", after: "input_gb"), "'mean': must be > 0, found 0");

        var bare = ThreeCenters.With("input_gb: { lognormal: { mean: 500, sd: 800 } }", "input_gb: 500");
        Single(bare, PositionOf(bare, "500"), "'input_gb': expected one of fixed, exponential, lognormal, empirical");
    }

    [Fact]
    public void A_broker_is_checked_like_any_policy()
    {
        var typo = ThreeCenters.With("broker: { name: weighted, yuan_per_kg_co2: 0.5 }", "broker: greenst");
        Single(typo, PositionOf(typo, "greenst"), "unknown broker policy 'greenst'; did you mean 'greenest'? (valid: local-only, cheapest, tenant-cost, greenest, shortest-wait, weighted)");

        var parameter = ThreeCenters.With("yuan_per_kg_co2: 0.5", "yuan_per_kg_co2: -1, yuan_per_hour: 3");
        Exactly(
            parameter,
            (PositionOf(parameter, "-1, yuan"), "'yuan_per_kg_co2': must be >= 0, found -1"),
            (PositionOf(parameter, "yuan_per_hour"), "unknown parameter 'yuan_per_hour' of broker policy 'weighted'; valid: name, yuan_per_kg_co2, yuan_per_chip_hour_waited"));
    }

    [Fact]
    public void A_replayed_trace_in_a_network_needs_its_tenants_home_region()
    {
        var text = ThreeCenters + "\nmarket: { period: 30d }\nworkload: { trace: missing.csv }\n";
        Single(text, PositionOf(text, "workload:"), "'workload' in a scenario with several centers needs 'region'");
        // With a region the trace is read: here it does not exist.
        var withRegion = ThreeCenters + "\nworkload: { trace: missing.csv, region: west }\n";
        Single(withRegion, PositionOf(withRegion, "missing.csv"), "'trace': file not found");
        var alone = Full + "\nworkload: { trace: missing.csv, region: west }\n";
        Assert.Contains(Errors(alone), e => e.Message.StartsWith("'region' has an effect only in a scenario with several centers", StringComparison.Ordinal));
    }

    [Fact]
    public void Tenant_budgets_and_market_keys_need_the_network_market()
    {
        var text = ThreeCenters.With("region: north\n    training:", "region: north\n    budget_yuan: 1000\n    patience: 2h\n    training:");
        Exactly(
            text,
            (PositionOf(text, "budget_yuan"), "'budget_yuan' in a scenario with several centers needs a 'market' section, whose book keeps each tenant's money across the centers"),
            (PositionOf(text, "patience"), "'patience' needs a 'market' section (e.g. market: { period: 30d })"));
        Assert.True(CenterSim.Scenarios.ScenarioLoader.Parse(text + "\nmarket: { period: 30d }\n", FileName).Ok);
    }

    [Fact]
    public void Pricing_sold_through_the_market_needs_the_network_market()
    {
        var text = ThreeCenters.With("pricing: { name: fixed, yuan_per_chip_hour: 12 }", "pricing: { name: committed, yuan_per_chip_hour: 12 }");
        Single(text, PositionOf(text, "{ name: committed"), "pricing 'committed' needs a 'market' section: it is sold through the market");
        Assert.True(CenterSim.Scenarios.ScenarioLoader.Parse(text + "\nmarket: { period: 30d }\n", FileName).Ok);
    }

    [Fact]
    public void Carbon_intensity_may_not_be_negative()
    {
        var text = ThreeCenters.With("carbon_kg_per_kwh: 0.12", "carbon_kg_per_kwh: -0.1");
        Single(text, PositionOf(text, "-0.1"), "'carbon_kg_per_kwh': must be >= 0, found -0.1");
    }

    [Fact]
    public void A_center_pricing_is_checked_like_a_policy()
    {
        var typo = ThreeCenters.With("pricing: { name: fixed, yuan_per_chip_hour: 14 }", "pricing: { name: fixd, yuan_per_chip_hour: 14 }");
        Single(typo, PositionOf(typo, "fixd"), "unknown pricing policy 'fixd'; did you mean 'fixed'?");

        var missing = ThreeCenters.With("pricing: { name: fixed, yuan_per_chip_hour: 14 }", "pricing: fixed");
        Single(missing, PositionOf(missing, "fixed", after: "name: sh-1"), "pricing policy 'fixed' needs 'yuan_per_chip_hour'");

        var spot = ThreeCenters.With("pricing: { name: fixed, yuan_per_chip_hour: 14 }", "pricing: { name: spot, yuan_per_chip_hour: 14 }");
        Single(spot, PositionOf(spot, "{ name: spot"), "a center's own 'pricing' cannot be 'spot'", "valid: fixed, time-of-use, utilization-dynamic");
    }

    [Fact]
    public void A_job_larger_than_the_largest_center_is_an_error()
    {
        var text = ThreeCenters.With("chips: [8, 256]", "chips: [8, 257]");
        Single(text, PositionOf(text, "257"), "a job on 257 chips could never run: the largest center has 256 chips");
    }

    [Fact]
    public void Power_caps_are_checked_against_every_center()
    {
        // Rack idle: a8 4 x 1400 W = 5.6 kW, s8 4 kW. Center idle: gy-1 8 x 5.6 kW = 44.8 kW is the largest.
        var text = ThreeCenters + "\ninfrastructure:\n  power: { rack_cap_kw: 5, facility_budget_kw: 30 }\n";
        var errors = Errors(text);
        Assert.Equal(2, errors.Count);
        Assert.Equal(PositionOf(text, "5,", after: "rack_cap_kw"), (errors[0].Line, errors[0].Column));
        Assert.Equal(PositionOf(text, "30 }"), (errors[1].Line, errors[1].Column));
        Assert.Contains("'rack_cap_kw' (5) must exceed the rack's idle draw (5.6 kW)", errors[0].Message);
        Assert.Contains("'facility_budget_kw' (30) must exceed the center's idle IT draw (44.8 kW)", errors[1].Message);

        // gy-1 at idle: 44.8 kW of IT power x PUE 1.15 = 51.52 kW at the facility, which the budget must exceed.
        Load(ThreeCenters + "\ninfrastructure:\n  power: { rack_cap_kw: 5.7, facility_budget_kw: 51.6 }\n");
        var belowFacility = ThreeCenters + "\ninfrastructure:\n  power: { rack_cap_kw: 5.7, facility_budget_kw: 45 }\n";
        Single(belowFacility, PositionOf(belowFacility, "45 }"),
            "'facility_budget_kw' (45) must exceed the idle facility power of center 'gy-1': 44.8 kW of idle IT power x PUE 1.15 = 51.52 kW, or no job could ever run");
    }
}
