using CenterSim.Model.Experiments;
using CenterSim.Simulation.Metrics;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>The shipped national network market: what it declares, and a short run of every arm with its counterfactual.</summary>
public class NationalNetworkMarketTests
{
    private static readonly string[] West = { "gansu", "guizhou", "inner-mongolia" };

    private static StudySpec Load() => ShippedStudies.Load("national-network-market.yaml");

    [Fact]
    public void Three_eastern_agencies_subsidized_western_domestic_pools_and_six_arms()
    {
        var study = Load();
        Assert.Equal(new[] { "local-only", "cheapest", "tenant-cost", "local-only", "cheapest", "tenant-cost" }, study.Arms.Select(a => a.Spec.Policies.Broker.Name));
        var spec = study.Reference.Spec;
        Assert.Equal(new[] { "beijing-tianjin-hebei", "yangtze-river-delta", "greater-bay-area" }, spec.Market!.Agencies.Select(a => a.IssuerRegion));
        Assert.All(spec.Market.Agencies, a => Assert.Equal(new[] { a.IssuerRegion! }, a.EligibleRegions));
        Assert.All(study.Arms.Skip(3).SelectMany(a => a.Spec.Market!.Agencies), a => Assert.Equal(new[] { a.IssuerRegion! }.Concat(West), a.EligibleRegions));
        // Beijing 20%, Shanghai 30% (startups 100%), Shenzhen 50% (startups 60%): the presets of the data notes.
        Assert.Equal(new[] { 0.2, 0.3, 0.5 }, spec.Market.Agencies.Select(a => a.Share));
        var network = spec.Network!;
        Assert.All(network.Centers.Take(3), c => Assert.Equal(0, c.DomesticPowerSubsidy));
        Assert.All(network.Centers.Skip(3), c => Assert.Equal(0.5, c.DomesticPowerSubsidy));
        Assert.All(network.Centers, c => Assert.Equal(new[] { true, false }, c.Pools.Select(p => spec.Hardware[p.Racks.ServerType].IsDomestic)));
        Assert.Equal(4608, network.Centers.Sum(c => c.Pools.Sum(p => spec.Hardware[p.Racks.ServerType].ChipsPerServer * p.Racks.Count * p.Racks.ServersPerRack)));
        // The demand regions are the eastern cities, each offering 1.09 times its 512 chips; the west has little local demand.
        var regions = new CenterSim.Model.Network.WanRoutes(network).Regions;
        Assert.Equal(new[] { "beijing-tianjin-hebei", "yangtze-river-delta", "greater-bay-area" }, DemandRegions.Of(spec, regions).Select(g => regions[g]));
        Assert.All(regions.Take(3), r => Assert.Equal(1.09, DemandRegions.OfferedLoad(spec, r) / 512, 2));
        Assert.Equal(new[] { "subsidy_yuan_per_additional_chip_hour", "issuing_regions_served_away_share", "hubs_below_break_even", "domestic_chip_hours_share" },
            study.Headline!.Take(4).Select(h => h.Metric));
    }

    [Fact]
    public void The_arms_balance_their_books_and_spend_vouchers_only_where_their_rule_allows()
    {
        // Each run checks its ledger at the end (a book that does not balance fails the run), and so does its counterfactual.
        // Four of the six arms, on four days, keep the test short; `centersim run` runs them all.
        var arms = new[] { "baseline", "local-vouchers-cheapest", "west-vouchers-local-only", "west-vouchers-tenant-cost" };
        var results = Load().Arms.Where(a => arms.Contains(a.Name)).ToDictionary(a => a.Name, a => SimulationRunner.Run(a.Spec with
        {
            Stop = a.Spec.Stop with { DurationSeconds = 4 * 86400.0, WarmupSeconds = 86400.0 },
            Replications = 1,
        }, 0));
        foreach (var (name, r) in results)
        {
            var westSpent = West.Sum(g => r[$"{g}.voucher_spent_yuan"]);
            if (name.StartsWith("local-", StringComparison.Ordinal) || name == "baseline")
            {
                Assert.Equal(0, westSpent);
            }
            Assert.Equal(r["voucher_redeemed_yuan"], r.Metrics.Where(m => m.Name.EndsWith(".voucher_spent_yuan", StringComparison.Ordinal)).Sum(m => m.Value), 4);
            Assert.True(r["additional_chip_hours"] > 0, name);
            Assert.Equal(r["voucher_redeemed_yuan"] / r["additional_chip_hours"], r["subsidy_yuan_per_additional_chip_hour"], 9);
        }
        // Spendable in the west, vouchers follow the work a price-minded broker sends there.
        Assert.True(West.Sum(g => results["west-vouchers-tenant-cost"][$"{g}.voucher_spent_yuan"]) > 0);
        Assert.True(results["local-vouchers-cheapest"]["issuing_regions_served_away_share"] > 0.5);
        Assert.Equal(0, results["baseline"]["issuing_regions_served_away_share"]);
        // Here the regions with an agency are the demand regions, so the two shares agree.
        Assert.All(results.Values, r => Assert.Equal(r["issuing_regions_served_away_share"], r["demand_regions_served_away_share"]));
        // The local-only broker never moves work, so where vouchers may be spent changes nothing.
        Assert.Equal(results["baseline"].Metrics, results["west-vouchers-local-only"].Metrics);
    }
}
