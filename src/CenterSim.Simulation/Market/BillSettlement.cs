using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Market;

/// <summary>
/// Settles a bill on use against what was paid: a refund goes back in the shares the bill was paid in
/// (voucher and cash); a further charge is paid like a purchase, voucher share first, and from the
/// tenant's other funds when its cash is short (it used the chips).
/// </summary>
public static class BillSettlement
{
    public static void Settle(Ledger ledger, Job job, long deltaCents, double voucherShare)
    {
        var tenant = job.Tenant.Index;
        if (deltaCents < 0)
        {
            var paid = job.PaidCashCents + job.PaidVoucherCents;
            var voucherBack = paid > 0 ? (long)Math.Round((double)-deltaCents * job.PaidVoucherCents / paid, MidpointRounding.AwayFromZero) : 0;
            ledger.Refund(tenant, -deltaCents - voucherBack, voucherBack, job.Id, job.Center);
            return;
        }
        var voucher = Math.Min(ledger.WalletOf(tenant), (long)Math.Round(deltaCents * voucherShare, MidpointRounding.AwayFromZero));
        var cash = deltaCents - voucher;
        if (ledger.CashOf(tenant) < cash)
        {
            ledger.Fund(tenant, cash - ledger.CashOf(tenant));
        }
        ledger.Pay(tenant, cash, voucher, job.Id, job.Center);
    }
}
