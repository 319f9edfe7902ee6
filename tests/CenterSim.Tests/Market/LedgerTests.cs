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
        Assert.Equal(-7_300 + 2_000, ledger[LedgerAccount.Treasury]); // the claw-back returned
        Assert.Equal(3_000, ledger[LedgerAccount.TenantCash]);
        Assert.Equal(0, ledger[LedgerAccount.VoucherWallet]);
        Assert.Equal(10_000 - 1_234 - 5_000, ledger[LedgerAccount.Provider]);
        Assert.Equal(2_000, ledger[LedgerAccount.Expired]);
        Assert.Equal(0, ledger[LedgerAccount.Misused]);
        Assert.Equal(2_000, ledger.ClawedBackCents);
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

    [Fact]
    public void A_refund_is_bounded_by_what_that_tenant_paid()
    {
        var ledger = new Ledger(2);
        ledger.Fund(0, 10_000);
        ledger.Fund(1, 100);
        ledger.Pay(0, 10_000, 0);
        ledger.Pay(1, 100, 0);
        // Tenant 1 paid 1.00 yuan: it cannot be refunded 50.00 of tenant 0's money.
        Assert.Throws<InvalidOperationException>(() => ledger.Refund(1, 5_000, 0));
        ledger.Refund(1, 100, 0);
        Assert.Empty(ledger.Verify());
    }

    [Fact]
    public void Clawed_back_vouchers_return_to_the_treasury()
    {
        var ledger = new Ledger(1);
        ledger.Award(0, 2_000);
        Assert.Equal(2_000, ledger.Misuse(0));
        ledger.ClawBack(1_500);
        Assert.Equal(-500, ledger[LedgerAccount.Treasury]);
        Assert.Equal(500, ledger[LedgerAccount.Misused]);
        Assert.Empty(ledger.Verify());
    }

    [Fact]
    public void The_check_fails_when_a_job_is_bought_twice_or_refunded_beyond_its_bill()
    {
        var ledger = new Ledger(1);
        ledger.Fund(0, 10_000);
        ledger.Buy(0, 7, 3_000, 0);
        Assert.Empty(ledger.Verify());
        Assert.Equal(3_000, ledger.BillOf(7));
        ledger.Buy(0, 7, 3_000, 0);
        Assert.Contains("job 7 was bought 2 times", ledger.Verify());

        var refunded = new Ledger(1);
        refunded.Fund(0, 10_000);
        refunded.Buy(0, 1, 1_000, 0);
        refunded.Buy(0, 2, 1_000, 0);
        refunded.Refund(0, 1_500, 0, job: 1);
        Assert.Contains("job 1 was refunded 500 cents more than it paid", refunded.Verify());
    }

    [Fact]
    public void A_voucher_cannot_be_spent_beyond_the_wallet()
    {
        var ledger = new Ledger(1);
        ledger.Award(0, 1_000);
        Assert.Throws<InvalidOperationException>(() => ledger.Buy(0, 0, 0, 1_001));
        ledger.Buy(0, 0, 0, 1_000);
        Assert.Empty(ledger.Verify());
        Assert.Equal(1_000, ledger.RedeemedCents);
    }

    [Fact]
    public void Bills_keep_their_cash_and_voucher_parts_and_the_other_flows_are_dated()
    {
        var now = 0.0;
        var ledger = new Ledger(1, 2, () => now);
        ledger.Fund(0, 10_000);
        ledger.Award(0, 4_000);                                   // at 0
        ledger.Buy(0, 1, 3_000, 1_000, center: 1);
        ledger.PayTransfer(0, 200, 100, center: 1, job: 1);
        now = 10;
        ledger.Refund(0, 600, 200, job: 1, center: 1);            // a fifth of the bill back, in its shares
        ledger.Pay(0, 500, 0);                                    // a period charge, not a job's
        now = 20;
        Assert.Equal(3_100, ledger.Expire(0));                    // 4 000 - 1 000 on the bill - 100 on the fee + 200 given back
        Assert.Empty(ledger.Verify());
        Assert.Equal(new JobBill(2_400, 800, 200, 100), ledger.Bills[1]);
        Assert.Equal(3_200, ledger.BillOf(1));
        Assert.Equal(
            new[] { new LedgerEntry(0, MoneyFlow.Issued, 4_000), new LedgerEntry(10, MoneyFlow.ChargeCash, 500), new LedgerEntry(20, MoneyFlow.Expired, 3_100) },
            ledger.Journal);
        // A window [10, 20): the charge at its start is in; the expiry at its end closes the window's last period, so it is in too.
        Assert.All(ledger.Journal.Skip(1), e => Assert.True(e.In(10, 20)));
        Assert.False(ledger.Journal[0].In(10, 20));
        Assert.False(new LedgerEntry(10, MoneyFlow.Expired, 1).In(10, 20));
    }
}
