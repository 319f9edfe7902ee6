using CenterSim.Policies;
using CenterSim.Policies.Brokers;
using CenterSim.Model.Scenario;
using Xunit;

namespace CenterSim.Tests.Network;

public class TenantCostBrokerTests
{
    [Fact]
    public void Tenant_cost_picks_the_lowest_out_of_pocket_option_and_cheapest_the_lowest_bill()
    {
        var request = new BrokerRequest(8, 100, 500);
        var options = new[]
        {
            // Home: 10 yuan x 100 chip-hours, no transfer, no voucher there: 1,000 out of pocket.
            new CenterOption(0, true, 1000, 0, 0, 0, 57),
            // West: 8 x 100 + 50 yuan of data, voucher not valid there: 850.
            new CenterOption(1, false, 800, 50, 200, 0, 11),
            // Another hub: 9 x 100 + 50, its voucher pays 30% of the bill: 900 + 50 - 270 = 680.
            new CenterOption(2, false, 900, 50, 200, 0, 11) { VoucherYuan = 270 },
        };
        Assert.Equal(680, options[2].OutOfPocketYuan, 9);
        var tenantCost = PolicyCatalog.Broker.Create(PolicyChoice.Named("tenant-cost"));
        var cheapest = PolicyCatalog.Broker.Create(PolicyChoice.Named("cheapest"));
        Assert.Equal(2, tenantCost.Choose(request, options));
        Assert.Equal(1, cheapest.Choose(request, options));
        // Without vouchers the two agree.
        var plain = options.Select(o => o with { VoucherYuan = 0 }).ToArray();
        Assert.Equal(cheapest.Choose(request, plain), tenantCost.Choose(request, plain));
    }
}
