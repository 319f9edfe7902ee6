using CenterSim.Model.Network;
using CenterSim.Simulation.Metrics;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>A demand region is one whose tenants offer more chip-hours per hour than its centers have chips, whoever issues vouchers there.</summary>
public class DemandRegionTests
{
    [Fact]
    public void A_region_is_on_the_demand_side_when_its_offered_load_exceeds_its_chips()
    {
        // East: 6 startups x 0.5 jobs/h x 20 chip-hours = 60 chip-hours per hour on 64 chips: not a demand region, though it has the agency.
        var spec = ScenarioAssert.Load(NetworkMarketTexts.TwoHubs);
        var regions = new WanRoutes(spec.Network!).Regions;
        Assert.Equal(60, DemandRegions.OfferedLoad(spec, "east"), 9);
        Assert.Equal(4, DemandRegions.OfferedLoad(spec, "west"), 9);
        Assert.Empty(DemandRegions.Of(spec, regions));
        // Eight startups offer 80 > 64: the east is on the demand side, and the share is its own tenants' served away.
        var busier = ScenarioAssert.Load(NetworkMarketTexts.TwoHubs.With("count: 6", "count: 8"));
        Assert.Equal(new[] { "east" }, DemandRegions.Of(busier, regions).Select(g => regions[g]));
        var run = SimulationRunner.Run(busier, 0);
        Assert.Equal(run["east.served_away_share"], run["demand_regions_served_away_share"], 12);
        Assert.True(run["demand_regions_served_away_share"] > 0);
        Assert.True(double.IsNaN(SimulationRunner.Run(spec with { Stop = spec.Stop with { DurationSeconds = 86400.0 } }, 0)["demand_regions_served_away_share"]));
    }
}
