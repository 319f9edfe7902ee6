using CenterSim.Policies.Tenants;

namespace CenterSim.Tests.Market;

public sealed class PriceSensitiveTenantTests
{
    // 10 chip-hours at 10 yuan: a 100 yuan bill.
    private static TenantQuote Quote(double willingness = 8, double cash = 1_000, double share = 0, double voucher = 0,
        double nextCheaper = double.PositiveInfinity, bool canRun = true, double porting = 0, double patienceHours = 0, double minShrink = 1) =>
        new(Now: 3600, SubmitTime: 0, ChipHours: 10, PriceYuanPerChipHour: 10, NextCheaperTime: nextCheaper, VoucherShare: share, VoucherYuan: voucher,
            CashYuan: cash, WillingnessYuanPerChipHour: willingness, CanRun: canRun, PortingCostShare: porting, PatienceHours: patienceHours, MinShrinkShare: minShrink);

    [Fact]
    public void Too_dear_without_a_voucher_is_abandoned_but_a_30_percent_voucher_makes_it_7_yuan_and_bought()
    {
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote()).Choice);
        Assert.Equal(TenantChoice.Submit, PriceSensitiveTenant.Decide(Quote(share: 0.3, voucher: 1_000)).Choice);
        // The voucher holds only 10 yuan: out of pocket 90, 9 yuan per chip-hour > 8.
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote(share: 0.3, voucher: 10)).Choice);
    }

    [Fact]
    public void Porting_effort_raises_the_effective_price_and_a_foreign_ecosystem_without_porting_is_refused()
    {
        // 7 yuan x 1.2 = 8.4 > 8.
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote(share: 0.3, voucher: 1_000, porting: 0.2)).Choice);
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote(willingness: 100, canRun: false)).Choice);
    }

    [Fact]
    public void Waits_for_a_cheaper_price_only_within_its_patience()
    {
        var wait = PriceSensitiveTenant.Decide(Quote(nextCheaper: 5 * 3600, patienceHours: 6));
        Assert.Equal((TenantChoice.Wait, 5 * 3600.0), (wait.Choice, wait.WaitUntil));
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote(nextCheaper: 7 * 3600, patienceHours: 6)).Choice);
    }

    [Fact]
    public void Short_of_cash_it_shrinks_to_what_cash_and_voucher_pay_for()
    {
        // 30 yuan cash, 50% voucher holding 100: cash pays 5 yuan a chip-hour, 30 / 5 = 6 chip-hours, voucher part 30 <= 100.
        var d = PriceSensitiveTenant.Decide(Quote(willingness: 8, cash: 30, share: 0.5, voucher: 100, minShrink: 0.5));
        Assert.Equal(TenantChoice.Shrink, d.Choice);
        Assert.Equal(6, d.ChipHours, 6);
        // Voucher of 10 runs out first: 10 voucher + 30 cash = 40 yuan = 4 chip-hours < half of 10.
        Assert.Equal(TenantChoice.Abandon, PriceSensitiveTenant.Decide(Quote(willingness: 8, cash: 30, share: 0.5, voucher: 10, minShrink: 0.5)).Choice);
        Assert.Equal(4, PriceSensitiveTenant.AffordableChipHours(Quote(cash: 30, share: 0.5, voucher: 10)), 6);
    }
}
