using CenterSim.Tests.Network;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Mistakes in a network market's keys: voucher agencies, where their vouchers may be spent, and the hubs' power subsidy.</summary>
public class NetworkMarketErrorTests
{
    private const string Text = NetworkMarketTexts.TwoHubs;

    [Fact]
    public void The_network_market_scenario_loads()
    {
        var spec = Load(Text);
        var agency = Assert.Single(spec.Market!.Agencies);
        Assert.Equal("east", agency.IssuerRegion);
        Assert.Equal(new[] { "east" }, agency.EligibleRegions);
        Assert.False(agency.CoversTransfer);
        Assert.Equal(0.5, spec.Network!.Centers[1].DomesticPowerSubsidy);
        var named = Load(Text.With("spend_in: own-region", "spend_in: [east, west]\n      transfer_fees: true")).Market!.Agencies[0];
        Assert.Equal(new[] { "east", "west" }, named.EligibleRegions);
        Assert.True(named.CoversTransfer);
        // A center's name stands for its region.
        Assert.Null(Load(Text.With("spend_in: own-region", "spend_in: anywhere")).Market!.Agencies[0].EligibleRegions);
    }

    [Fact]
    public void Every_mistake_in_the_agencies_is_reported_at_its_key_in_one_load()
    {
        var text = Text
            .With("region: east\n      preset", "region: esat\n      preset")
            .With("spend_in: own-region", "spend_in: everywhere\n      transfer_fees: maybe")
            .With("domestic_power_subsidy: 0.5", "domestic_power_subsidy: 1.5");
        Exactly(
            text,
            (PositionOf(text, "1.5"), "'domestic_power_subsidy': must be between 0 and 1, found 1.5"),
            (PositionOf(text, "esat"), "'region': no center is in region 'esat'; did you mean 'east'? (valid: east, west)"),
            (PositionOf(text, "everywhere"), "'spend_in': expected 'own-region', 'anywhere' or a list of regions or centers, found 'everywhere'"),
            (PositionOf(text, "maybe"), "'transfer_fees': expected true or false, found 'maybe'"));
    }

    [Fact]
    public void Spending_places_must_exist_and_one_rule_is_given()
    {
        var unknown = Text.With("spend_in: own-region", "spend_in: [east, nowhere]");
        Single(unknown, PositionOf(unknown, "nowhere"), "'spend_in': no center is named or in region 'nowhere'");
        var empty = Text.With("spend_in: own-region", "spend_in: []");
        Single(empty, PositionOf(empty, "[]"), "'spend_in': the list is empty");
        var both = Text.With("spend_in: own-region", "spend_in: own-region\n      eligible_regions: [west]");
        Single(both, PositionOf(both, "spend_in"), "give either 'spend_in' or 'eligible_regions'");
    }

    [Fact]
    public void A_power_subsidy_needs_domestic_chips_to_pay_on()
    {
        var text = Text.With("      - { name: ascend, racks: { count: 2, servers_per_rack: 4, server: a8 }, pricing: { name: fixed, yuan_per_chip_hour: 8 } }\n", "");
        Single(text, PositionOf(text, "domestic_power_subsidy"), "'domestic_power_subsidy': no pool of center 'west' has domestic chips (server types h8), so the subsidy would never pay");
    }

    [Fact]
    public void Each_region_has_one_agency_and_a_list_needs_a_network()
    {
        var twice = Text.With("      spend_in: own-region\n", "      spend_in: own-region\n    - { region: east, share: 0.2, pool_yuan_per_year: 1000, name: again }\n");
        Single(twice, PositionOf(twice, "east", after: "- { region:"), "'region': two agencies share 'east' (first at line");
        var missing = Text.With("      region: east\n      preset", "      preset");
        Single(missing, PositionOf(missing, "name: shenzhen"), "missing required key 'region' in market.vouchers[0]");
        var list = Full + "\nmarket:\n  period: 30d\n  vouchers:\n    - { region: shanghai, share: 0.2, pool_yuan_per_year: 1000 }\n";
        Assert.Contains(Errors(list), e => e.Message.StartsWith("'vouchers': a list of voucher agencies needs a network", StringComparison.Ordinal));
    }
}
