using static CenterSim.Tests.Scenarios.PoolTexts;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Every mistake in a center's pools, and the checks that now count every pool, at their own position.</summary>
public sealed class PoolScenarioErrorTests
{
    /// <summary>The pricing a center or pool may set for itself: every registered one that needs no market section, but per-token (which prices a service's tokens).</summary>
    private static string OwnPricingNames => string.Join(", ",
        CenterSim.Policies.PolicyCatalog.Pricing.Names.Where(n => CenterSim.Policies.PolicyCatalog.Pricing.WhyNeeds(n, "market") is null && n != "per-token"));

    [Fact]
    public void A_center_gives_exactly_one_of_racks_and_pools()
    {
        var both = TwoPools.With("    pools:\n", "    racks: { count: 1, servers_per_rack: 2, server: a8 }\n    pools:\n");
        Exactly(both, (PositionOf(both, "pools:"), "give either 'racks' or 'pools' in centers[0], not both"));

        var neither = Minimal.With("    racks: { count: 1, servers_per_rack: 2, server: box }\n", "");
        Exactly(neither, (PositionOf(neither, "name: only"),
            "missing 'racks' or 'pools' in centers[0]: give 'racks' (one server type) or 'pools' (a list of { name, racks }, one server type each)"));
    }

    [Fact]
    public void Pools_need_at_least_one_pool_and_different_names()
    {
        var empty = Minimal.With("racks: { count: 1, servers_per_rack: 2, server: box }", "pools: []");
        Exactly(empty, (PositionOf(empty, "[]"), "'pools' needs at least one pool"));

        var twice = TwoPools.With("- name: h100", "- name: ascend");
        Exactly(twice, (PositionOf(twice, "ascend", after: "servers_per_rack: 4, server: a8"),
            $"duplicate pool name 'ascend' (first defined at line {PositionOf(twice, "name: ascend").Line}); pools of a center need different names"));
    }

    [Fact]
    public void A_pool_s_keys_server_type_and_pricing_are_checked_where_they_are_written()
    {
        var key = TwoPools.With("        racks: { count: 2", "        rack: { count: 2");
        Exactly(key,
            (PositionOf(key, "name: ascend"), "missing required key 'racks' in centers[0].pools[0]"),
            (PositionOf(key, "rack:"), "unknown key 'rack' in centers[0].pools[0]; did you mean 'racks'?"));

        var server = TwoPools.With("server: s8", "server: s9");
        Exactly(server, (PositionOf(server, "s9"), "'server': no server type 's9' in hardware.servers; did you mean 's8'? (valid: a8, s8)"));

        var spot = TwoPools.With("{ name: fixed, yuan_per_chip_hour: 20 }", "{ name: spot, yuan_per_chip_hour: 20 }");
        Exactly(spot, (PositionOf(spot, "{ name: spot"),
            "a pool's own 'pricing' cannot be 'spot': it is sold through the market, which only 'policies.pricing' can set; valid: " + OwnPricingNames));
    }

    [Fact]
    public void A_job_must_fit_in_one_pool_the_group_can_use()
    {
        var anywhere = TwoPools.With("chips: [64]", "chips: [65]");
        Exactly(anywhere, (PositionOf(anywhere, "65"), "a job on 65 chips could never run: the largest pool, 'ascend', has 64 chips (a job runs on one pool)"));

        // cuda-only runs on the 16 CUDA chips only; porters may port to the 64 CANN chips.
        var cuda = TwoPools.With("chips: [8, 16]", "chips: [8, 32]");
        Exactly(cuda, (PositionOf(cuda, "32]"),
            "a job on 32 chips could never run: the largest pool on its ecosystems (cuda), 'h100', has 16 chips, and the group has no 'porting_cost_share' to run elsewhere"));

        var nowhere = TwoPools.With("ecosystems: [cuda]", "ecosystems: [rocm]");
        Exactly(nowhere, (PositionOf(nowhere, "[rocm]"),
            "'ecosystems': no pool of the center runs rocm (they run cann, cuda) and the group has no 'porting_cost_share', so none of its jobs could run; add one or an ecosystem of the center"));
    }

    [Fact]
    public void Reservations_and_power_caps_count_every_pool()
    {
        var committed = TwoPools
            .With("pricing: { name: fixed, yuan_per_chip_hour: 10 }", "pricing: { name: committed, yuan_per_chip_hour: 10 }")
            .With("    category: research\n", "    category: research\n    committed_chips: 81\n");
        Exactly(committed, (PositionOf(committed, "81"), "tenants reserve 81 chips in all (committed_chips x count), more than the center's 80"));
        Load(committed.With("committed_chips: 81", "committed_chips: 80"));

        var caps = TwoPools + "\ninfrastructure:\n  power: { rack_cap_kw: 5.5, facility_budget_kw: 13 }\n";
        Exactly(caps,
            (PositionOf(caps, "5.5"), "'rack_cap_kw' (5.5) must exceed the rack's idle draw (5.6 kW), or no job could ever run"),
            (PositionOf(caps, "13 }"), "'facility_budget_kw' (13) must exceed the center's idle IT draw (13.2 kW)"));
    }

    [Fact]
    public void Domestic_only_vouchers_need_a_pool_of_domestic_chips()
    {
        var text = TwoPools
            .With("server: a8 }", "server: s8 }")
            .With("  period: 7d\n", "  period: 7d\n  vouchers: { pool_yuan_per_year: 100000, share: 0.5, domestic_only: true }\n");
        Exactly(text, (PositionOf(text, "true }"), "'domestic_only': no pool of the center has domestic chips (server types s8), so no voucher could ever be redeemed"));
        Load(TwoPools.With("  period: 7d\n", "  period: 7d\n  vouchers: { pool_yuan_per_year: 100000, share: 0.5, domestic_only: true }\n"));
    }

    [Fact]
    public void Domestic_is_read_from_the_server_type_or_derived_from_its_ecosystem()
    {
        var text = TwoPools.With("ecosystem: cuda }", "ecosystem: cuda, domestic: true }");
        var hardware = Load(text).Hardware;
        Assert.Equal(true, hardware["s8"].Domestic);
        Assert.True(hardware["s8"].IsDomestic);
        Assert.Null(hardware["a8"].Domestic);
        Assert.True(hardware["a8"].IsDomestic);
        Assert.False(Load(TwoPools).Hardware["s8"].IsDomestic);
        Assert.False(Load(TwoPools.With("ecosystem: cann }", "ecosystem: cann, domestic: false }")).Hardware["a8"].IsDomestic);

        // A CUDA pool declared domestic takes domestic-only vouchers.
        var vouchers = text.With("server: a8 }", "server: s8 }")
            .With("  period: 7d\n", "  period: 7d\n  vouchers: { pool_yuan_per_year: 100000, share: 0.5, domestic_only: true }\n");
        Load(vouchers);

        var bad = TwoPools.With("ecosystem: cuda }", "ecosystem: cuda, domestic: yes }");
        Exactly(bad, (PositionOf(bad, "yes"), "'domestic': expected true or false, found 'yes'"));
    }
}
