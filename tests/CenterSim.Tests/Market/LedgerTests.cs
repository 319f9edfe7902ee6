using CenterSim.Simulation.Market;

namespace CenterSim.Tests.Market;

public sealed class LedgerTests
{
    [Fact]
    public void Every_flow_of_a_hand_worked_period_balances_to_the_cent()
    {
        var ledger = new Ledger(2);
        ledger.Fund(0, 10_000);          // tenant 0: 100.00 yuan of cash
        ledger.Award(0, 5_000);          // and a 50.00 yuan voucher
        ledger.Award(1, 2_000);          // tenant 1: a 20.00 voucher it will misuse
        ledger.Audit(300);               // 3.00 of audits
        ledger.Pay(0, 7_000, 3_000);     // a 100.00 bill: 30% voucher, the rest cash
        Assert.Equal(2_000, ledger.Misuse(1));
        ledger.ClawBack(2_000);          // detected
        Assert.Equal(2_000, ledger.Expire(0));
        ledger.ProviderPays(LedgerAccount.EnergySupplier, 1_234);
        ledger.ProviderPays(LedgerAccount.CapitalAmortization, 5_000);

        Assert.Empty(ledger.Verify());
        Assert.Equal(-10_000, ledger[LedgerAccount.TenantIncome]);
        Assert.Equal(-7_300, ledger[LedgerAccount.Treasury]);
        Assert.Equal(3_000, ledger[LedgerAccount.TenantCash]);
        Assert.Equal(0, ledger[LedgerAccount.VoucherWallet]);
        Assert.Equal(10_000 - 1_234 - 5_000, ledger[LedgerAccount.Provider]);
        Assert.Equal(2_000, ledger[LedgerAccount.Expired]);
        Assert.Equal(0, ledger[LedgerAccount.Misused]);
        Assert.Equal(2_000, ledger[LedgerAccount.ClawedBack]);
        Assert.Equal((7_000, 3_000, 7_000), (ledger.IssuedCents, ledger.RedeemedCents, ledger.CashRevenueCents));
    }

    [Fact]
    public void A_tenant_cannot_pay_more_than_it_has()
    {
        var ledger = new Ledger(1);
        ledger.Fund(0, 100);
        Assert.Throws<InvalidOperationException>(() => ledger.Pay(0, 101, 0));
        Assert.Throws<InvalidOperationException>(() => ledger.Pay(0, 0, 1));
    }

    [Fact]
    public void Yuan_round_to_the_nearest_cent()
    {
        Assert.Equal(1235, Ledger.ToCents(12.345));
        Assert.Equal(-1235, Ledger.ToCents(-12.345));
        Assert.Equal(0, Ledger.ToCents(0.004));
    }
}
