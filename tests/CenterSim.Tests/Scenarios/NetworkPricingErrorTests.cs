using CenterSim.Tests.Network;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Reserved chips in a network: held at the center a tenant names, which must exist and have room.</summary>
public class NetworkPricingErrorTests
{
    private static readonly string Committed = NetworkPricingTexts.TwoHubs
        .With(NetworkPricingTexts.Pricing, "{ name: committed, yuan_per_chip_hour: 10 }")
        .With("    spot: true\n", "");

    [Fact]
    public void A_network_reservation_names_an_existing_center()
    {
        var missing = Committed.With("    category: sme\n", "    category: sme\n    committed_chips: 8\n");
        Single(missing, PositionOf(missing, "committed_chips"), "'committed_chips' in a scenario with several centers needs 'committed_center': the center that holds the reserved chips (one of east, west)");
        var unknown = Committed.With("    category: sme\n", "    category: sme\n    committed_chips: 8\n    committed_center: north\n");
        Single(unknown, PositionOf(unknown, "north"), "'committed_center': no center is named 'north' (one of east, west)");
        var alone = Committed.With("    category: sme\n", "    category: sme\n    committed_center: west\n");
        Single(alone, PositionOf(alone, "committed_center"), "'committed_center' names where the group's 'committed_chips' are held; give 'committed_chips' too");
        Assert.Equal("west", Load(unknown.With("north", "west")).Tenants[1].Market!.CommittedCenter);
    }

    [Fact]
    public void Each_centers_reservations_must_fit_in_it()
    {
        // 2 startups x 10 chips at the east's 16; the same at two centers fits.
        var text = Committed.With("    category: startup\n", "    category: startup\n    committed_chips: 10\n    committed_center: east\n");
        Single(text, PositionOf(text, "10", after: "committed_chips:"), "tenants reserve 20 chips in all (committed_chips x count), more than center 'east''s 16");
        var split = text.With("count: 2", "count: 1")
            .With("    category: sme\n", "    category: sme\n    committed_chips: 10\n    committed_center: west\n");
        Assert.True(CenterSim.Scenarios.ScenarioLoader.Parse(split, FileName).Ok);
    }

    [Fact]
    public void A_single_center_has_no_committed_center()
    {
        var text = Full.With("pricing: { name: Fixed, yuan_per_chip_hour: 12.5 }", "pricing: { name: committed, yuan_per_chip_hour: 10 }")
            .With("    category: key_project", "    category: key_project\n    committed_chips: 4\n    committed_center: c") + "\nmarket:\n  period: 30d\n";
        Single(text, PositionOf(text, "committed_center"), "'committed_center' has an effect only in a scenario with several centers");
    }
}
