using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Vouchers;

namespace CenterSim.Tests.Market;

public sealed class VoucherAllocationTests
{
    private static readonly VoucherApplicant[] Four =
    {
        new(TenantCategory.Startup, true, 1_000, 0),
        new(TenantCategory.Sme, true, 50_000, 2),
        new(TenantCategory.Enterprise, true, 900_000, 0),
        new(TenantCategory.University, false, 1_000, 4),
    };

    private static long[] Allocate(string name, long pool, long cap, Dictionary<string, double>? parameters = null)
    {
        var policy = PolicyCatalog.VoucherAllocation.Create(new PolicyChoice(name, parameters ?? new()));
        var awards = new long[Four.Length];
        var u = 0.0;
        policy.Allocate(new VoucherAllocationContext(pool, cap, Four, () => (u = (u + 0.37) % 1)), awards);
        return awards;
    }

    [Fact]
    public void Equal_split_gives_eligible_tenants_a_third_each_within_the_cap()
    {
        Assert.Equal(new long[] { 333, 333, 333, 0 }, Allocate("equal-split", 1_000, long.MaxValue));
        Assert.Equal(new long[] { 300, 300, 300, 0 }, Allocate("equal-split", 1_000, 300));
    }

    [Fact]
    public void Category_weights_three_three_one_split_seven_parts()
    {
        // weights startup 3, sme 3, enterprise 1: 7 parts of 7,000 cents.
        Assert.Equal(new long[] { 3_000, 3_000, 1_000, 0 }, Allocate("category-weighted", 7_000, long.MaxValue));
    }

    [Fact]
    public void Needs_based_serves_only_budgets_below_the_threshold()
    {
        Assert.Equal(new long[] { 500, 500, 0, 0 }, Allocate("needs-based", 1_000, long.MaxValue, new() { ["threshold_yuan"] = 100_000 }));
    }

    [Fact]
    public void Merit_points_raise_the_award()
    {
        // weights 1, 1 + 0.5 x 2 = 2, 1: 4 parts of 4,000 cents.
        Assert.Equal(new long[] { 1_000, 2_000, 1_000, 0 }, Allocate("merit-rebate", 4_000, long.MaxValue, new() { ["points_bonus"] = 0.5 }));
    }

    [Fact]
    public void Lottery_serves_the_cap_until_the_pool_is_gone_and_skips_the_ineligible()
    {
        var awards = Allocate("lottery", 1_000, 400);
        Assert.Equal(0, awards[3]);
        Assert.Equal(1_000, awards.Sum());
        Assert.Equal(new long[] { 0, 200, 400, 400 }, awards.Order().ToArray());
    }

    [Fact]
    public void None_and_first_come_divide_nothing_up_front()
    {
        Assert.All(Allocate("none", 1_000, 400), a => Assert.Equal(0, a));
        Assert.All(Allocate("first-come", 1_000, 400), a => Assert.Equal(0, a));
        Assert.True(PolicyCatalog.VoucherAllocation.Create(PolicyChoice.Named("first-come")).OnDemand);
    }
}
