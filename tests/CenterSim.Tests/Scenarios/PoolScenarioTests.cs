using CenterSim.Cli.Commands;
using CenterSim.Model.Experiments;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios;
using CenterSim.Scenarios.Experiments;
using static CenterSim.Tests.Scenarios.PoolTexts;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>A center of several pools, each of one server type and priced on its own; overrides reach them.</summary>
public sealed class PoolScenarioTests
{
    [Fact]
    public void Pools_load_with_their_racks_and_pricing_and_the_first_is_the_center_s_racks()
    {
        var center = Load(TwoPools).Center;
        Assert.Equal(new[] { "ascend", "h100" }, center.Pools.Select(p => p.Name).ToArray());
        Assert.Equal(new RackSpec(2, 4, "a8", 400), center.Pools[0].Racks);
        Assert.Equal(new RackSpec(1, 2, "s8", 800), center.Pools[1].Racks);
        Assert.Equal(center.Pools[0].Racks, center.Racks);
        Assert.Equal("fixed", center.Pools[0].Pricing!.Name);
        Assert.Equal(8, center.Pools[0].Pricing!.Parameters["yuan_per_chip_hour"]);
        Assert.Equal(20, center.Pools[1].Pricing!.Parameters["yuan_per_chip_hour"]);
        Assert.Null(center.Pricing);
    }

    [Fact]
    public void A_center_given_with_racks_has_one_pool_named_after_its_server_type_without_pricing()
    {
        var pool = Assert.Single(Load(Full).Center.Pools);
        Assert.Equal(new PoolSpec("a8", new RackSpec(2, 4, "a8", 400)), pool);
        Assert.Null(pool.Pricing);
    }

    [Fact]
    public void A_pool_without_pricing_has_none_of_its_own()
    {
        var text = TwoPools.With("        pricing: { name: fixed, yuan_per_chip_hour: 20 }\n", "");
        Assert.Null(Load(text).Center.Pools[1].Pricing);
    }

    [Fact]
    public void Validate_counts_every_pool_and_lists_each_with_its_chips_server_ecosystem_and_origin()
    {
        var spec = Load(TwoPools);
        // 64 + 16 chips in 2 + 1 racks.
        Assert.Equal("3 racks, 80 chips", ValidateCommand.Size(spec));
        Assert.Equal(
            new[]
            {
                "  center mixed, pool ascend: 64 chips, 2 racks of a8 (ascend-910b), ecosystem cann, domestic",
                "  center mixed, pool h100: 16 chips, 1 rack of s8 (h100), ecosystem cuda, not domestic",
            },
            ValidateCommand.Pools(spec).ToArray());
        Assert.Equal(new[] { "  center c1, pool a8: 64 chips, 2 racks of a8 (ascend-910b), ecosystem cann, domestic" }, ValidateCommand.Pools(Load(Full)).ToArray());
    }

    [Fact]
    public void Overrides_reach_a_pool_s_racks_and_its_pricing_even_a_bare_policy_name()
    {
        var overrides = new[]
        {
            KeyValuePair.Create("centers.0.pools.1.racks.count", "3"),
            KeyValuePair.Create("centers.0.pools.0.pricing.yuan_per_chip_hour", "6"),
        };
        var result = ScenarioLoader.Parse(TwoPools, FileName, overrides);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Spec!.Center.Pools[1].Racks.Count);
        Assert.Equal(6, result.Spec.Center.Pools[0].Pricing!.Parameters["yuan_per_chip_hour"]);

        var bare = TwoPools.With("pricing: { name: fixed, yuan_per_chip_hour: 20 }", "pricing: fixed");
        var promoted = ScenarioLoader.Parse(bare, FileName, new[] { KeyValuePair.Create("centers.0.pools.1.pricing.yuan_per_chip_hour", "15") });
        Assert.True(promoted.Ok, string.Join("\n", promoted.Errors));
        Assert.Equal(15, promoted.Spec!.Center.Pools[1].Pricing!.Parameters["yuan_per_chip_hour"]);
    }

    [Fact]
    public void Variants_and_sweeps_set_pool_keys_and_their_mistakes_point_at_the_setting()
    {
        var yaml = TwoPools + """

            variants:
              - name: h100-cut
                set: { centers.0.pools.1.pricing.yuan_per_chip_hour: 12 }
              - name: more-h100
                set: { centers.0.pools.1.racks.count: 2 }
            sweep:
              centers.0.pools.0.pricing.yuan_per_chip_hour: [6, 8]
              centers.0.pools.1.pricing.yuan_per_chip_hour: [15, 20]
            """;
        var variants = StudyLoader.Parse(yaml, FileName, StudyKind.Variants);
        Assert.True(variants.Ok, string.Join("\n", variants.Errors));
        var arms = variants.Study!.Arms;
        Assert.Equal(new[] { 20.0, 12, 20 }, arms.Select(a => a.Spec.Center.Pools[1].Pricing!.Parameters["yuan_per_chip_hour"]).ToArray());
        Assert.Equal(new[] { 1, 1, 2 }, arms.Select(a => a.Spec.Center.Pools[1].Racks.Count).ToArray());

        var sweep = StudyLoader.Parse(yaml, FileName, StudyKind.Sweep);
        Assert.True(sweep.Ok, string.Join("\n", sweep.Errors));
        Assert.Equal(4, sweep.Study!.Arms.Count);
        Assert.Equal(new[] { 6.0, 6, 8, 8 }, sweep.Study.Arms.Select(a => a.Spec.Center.Pools[0].Pricing!.Parameters["yuan_per_chip_hour"]).ToArray());
        Assert.Equal(new[] { 15.0, 20, 15, 20 }, sweep.Study.Arms.Select(a => a.Spec.Center.Pools[1].Pricing!.Parameters["yuan_per_chip_hour"]).ToArray());

        var bad = TwoPools + "\nvariants:\n  - name: bad\n    set: { centers.0.pools.2.racks.count: 2 }\n";
        var d = Assert.Single(StudyLoader.Parse(bad, FileName, StudyKind.Variants).Errors);
        Assert.Contains("'2' is not an index of 'centers.0.pools' (0 to 1)", d.Message);
    }

    [Fact]
    public void Pools_in_a_network_center_load_and_bound_jobs_by_the_largest_pool()
    {
        // gy-1 splits into 6 racks of a8 (192 chips) and 2 of s8 (64): the largest pool anywhere is 192 chips.
        var text = ThreeCenters.With(
            "racks: { count: 8, servers_per_rack: 4, server: a8 }",
            "pools:\n      - { name: big, racks: { count: 6, servers_per_rack: 4, server: a8 } }\n      - { name: gpu, racks: { count: 2, servers_per_rack: 4, server: s8 }, pricing: { name: fixed, yuan_per_chip_hour: 18 } }");
        Single(text, PositionOf(text, "256]"), "a job on 256 chips could never run: the largest pool, 'big' of center 'gy-1', has 192 chips (a job runs on one pool)");

        var spec = Load(text.With("chips: [8, 256]", "chips: [8, 192]"));
        var gy = spec.Network!.Centers[1];
        Assert.Equal(new[] { "big", "gpu" }, gy.Pools.Select(p => p.Name).ToArray());
        Assert.Equal(18, gy.Pools[1].Pricing!.Parameters["yuan_per_chip_hour"]);
        Assert.Equal("3 centers in 3 regions, 2 links, 448 chips", ValidateCommand.Size(spec));
    }

    [Fact]
    public void The_shipped_mixed_fleet_prices_its_domestic_and_imported_pools_apart()
    {
        var study = StudyLoader.LoadFile(Path.Combine(RepositoryRoot(), "scenarios", "mixed-fleet.yaml"), StudyKind.Variants);
        Assert.True(study.Ok, string.Join("\n", study.Errors));
        var arms = study.Study!.Arms;
        var spec = arms[0].Spec;
        Assert.Equal(
            new[]
            {
                "  center hybrid, pool ascend: 192 chips, 3 racks of atlas-800t (ascend-910b), ecosystem cann, domestic",
                "  center hybrid, pool h100: 64 chips, 2 racks of dgx-h100 (h100), ecosystem cuda, not domestic",
            },
            ValidateCommand.Pools(spec).ToArray());
        Assert.Equal(10200, spec.Hardware["dgx-h100"].PeakWatts);
        Assert.True(spec.Market!.Vouchers!.DomesticOnly);

        Assert.Equal(new[] { "baseline", "h100-price-cut", "ascend-price-cut", "vouchers-any-chip", "no-vouchers" }, arms.Select(a => a.Name).ToArray());
        double Price(int arm, int pool) => arms[arm].Spec.Center.Pools[pool].Pricing!.Parameters["yuan_per_chip_hour"];
        Assert.Equal(new[] { (8.0, 12.0), (8, 8), (6, 12), (8, 12), (8, 12) }, Enumerable.Range(0, 5).Select(a => (Price(a, 0), Price(a, 1))).ToArray());
        Assert.False(arms[3].Spec.Market!.Vouchers!.DomesticOnly);
        Assert.Equal(0, arms[4].Spec.Market!.Vouchers!.PoolYuanPerYear);
    }
}
