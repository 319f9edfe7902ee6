using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Market;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Market;

public sealed class PricingAndCostTests
{
    private static IPricingPolicy Make(string name, Dictionary<string, double> p) => PolicyCatalog.Pricing.Create(new PolicyChoice(name, p));

    [Fact]
    public void Time_of_use_charges_peak_from_8_to_22_and_points_to_22_as_the_next_cheaper_time()
    {
        var tou = Make("time-of-use", new() { ["peak_yuan_per_chip_hour"] = 12, ["offpeak_yuan_per_chip_hour"] = 6 });
        var day = 86400.0;
        Assert.Equal(6, tou.YuanPerChipHour(new PricingContext(day + 7.5 * 3600, 1, 1)));
        Assert.Equal(12, tou.YuanPerChipHour(new PricingContext(day + 8 * 3600, 1, 1)));
        Assert.Equal(day + 22 * 3600, tou.NextCheaperTime(day + 9 * 3600));
        Assert.Equal(double.PositiveInfinity, tou.NextCheaperTime(day + 23 * 3600));
    }

    [Fact]
    public void Utilization_dynamic_and_cost_plus_follow_their_formulas()
    {
        var dyn = Make("utilization-dynamic", new() { ["base_yuan_per_chip_hour"] = 6, ["slope"] = 1, ["yuan_per_queued_job"] = 0.1 });
        Assert.True(dyn.NeedsLoad);
        Assert.Equal(6 * 1.5 + 0.1 * 4, dyn.YuanPerChipHour(new PricingContext(0, 1, 1) { Utilization = 0.5, QueueLength = 4 }), 12);
        var cp = Make("cost-plus", new() { ["margin"] = 0.25 });
        Assert.Equal(10, cp.YuanPerChipHour(new PricingContext(0, 1, 1) { CostYuanPerChipHour = 8 }), 12);
    }

    [Fact]
    public void Cost_model_matches_a_hand_computed_center()
    {
        // Small center: 8 servers of 8 chips, 1,400 W idle, 5,600 W peak, PUE 1.25, 0.65 yuan/kWh, 2 M yuan each,
        // 5-year life, 100,000 yuan per server-year of operations.
        var spec = Specs.SmallCenter(24, 0) with
        {
            Hardware = new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 2_000_000) },
        };
        var costs = new CostModel(spec, new EconomicsSpec(5, 100_000));
        var year = 365 * 86400.0;
        Assert.Equal(8 * 2_000_000 / (5 * year), costs.CapitalYuanPerSecond, 12);
        Assert.Equal(8 * 100_000 / year, costs.OperationsYuanPerSecond, 12);
        // Per chip-hour: energy 5.6 kW x 1.25 x 0.65 / 8 = 0.56875; capital+ops (3.2 M + 0.8 M)/yr / 8760 h / 64 chips.
        var fixedPerChipHour = 4_000_000 / 8760.0 / 64;
        Assert.Equal(0.56875 + fixedPerChipHour, costs.FullCostYuanPerChipHour(0), 9);
    }
}
