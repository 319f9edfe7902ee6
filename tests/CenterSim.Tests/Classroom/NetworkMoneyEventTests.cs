using CenterSim.Simulation.Events;
using CenterSim.Tests.Network;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Classroom;

/// <summary>A recorded network market run: every center's hourly money event shows its provider's side of the one book, the first also the tenants'.</summary>
public class NetworkMoneyEventTests
{
    [Fact]
    public void Each_centers_money_is_its_own_bills_and_costs_and_the_tenants_side_is_counted_once()
    {
        // Local-only: no transfer fees, so every yuan a tenant paid went to the center it bought at.
        var spec = ScenarioAssert.Load(NetworkMarketTexts.TwoHubs.With("broker: cheapest", "broker: local-only"));
        var (run, events) = RecordedRun.Run(spec, 0);
        var money = events.Where(e => e.Kind == "money").ToList();
        Assert.Equal(2 * 20 * 24, money.Count);
        var lastAt = events.Select((e, i) => (e, i)).Last(p => p.e.Kind == "money" && p.e.Center == 1).i;
        var last = new[] { money[^2], money[^1] };
        Assert.Equal(new int?[] { 0, 1 }, last.Select(e => e.Center));
        for (var c = 0; c < 2; c++)
        {
            var m = last[c].Money!;
            // Revenue: the center's bills bought before the snapshot (cash and voucher parts), as the market recorded them.
            var bills = events.Take(lastAt).Where(e => e.Kind == "bought" && e.Center == c).Sum(e => e.CashYuan!.Value + e.VoucherYuan!.Value);
            Assert.Equal(bills, m.RevenueYuan!.Value, 6);
            Assert.Equal(m.RevenueYuan.Value - m.EnergyYuan!.Value - m.CapitalYuan!.Value - m.OperationsYuan!.Value, m.ProfitYuan!.Value, 6);
        }
        // Capital over 480 hours, servers written off over 5 years: the east's 8 servers of 2 M yuan; the west's 8 of 2 M and 4 of 2.5 M.
        Assert.Equal(8 * 2e6 / (5 * 8760) * 480, last[0].Money!.CapitalYuan!.Value, 4);
        Assert.Equal((8 * 2e6 + 4 * 2.5e6) / (5 * 8760) * 480, last[1].Money!.CapitalYuan!.Value, 4);
        // The tenants' money is the network's: on the first center's event only, so the page's sum over centers counts it once.
        Assert.All(money.Where(e => e.Center == 1), e => Assert.Null(e.Money!.TenantCashYuan));
        Assert.All(money.Where(e => e.Center == 0), e => Assert.NotNull(e.Money!.TenantCashYuan));
        // At the end the two centers' revenue is the book's.
        Assert.Equal(run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], last.Sum(e => e.Money!.RevenueYuan!.Value), 4);
        Assert.Contains(events, e => e.Kind == "voucher_award");
    }
}
