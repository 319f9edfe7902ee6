using CenterSim.Model.Market;
using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Market;

/// <summary>
/// The market's counter for inference services' token bills. A bill is paid like a chip-hour bill: when
/// the voucher program allows it (<see cref="VoucherProgramSpec.CoversServing"/>), the tenant first claims
/// an on-demand award, then the voucher pays the program's share of the bill on the service's pool, as far
/// as the wallet goes; the tenant's cash pays the rest. A service's tenant has no budget (the validator
/// makes sure), so the tenant's own funds come in for what its cash lacks, as for any tenant without one.
/// </summary>
public sealed class ServingBills(Ledger ledger, VoucherDesk vouchers, VoucherProgramSpec? program, double[][] voucherShare)
{
    public void Pay(MarketProtocol.ServingBill bill)
    {
        var tenant = bill.Tenant;
        var covered = program is { CoversServing: true };
        if (covered)
        {
            vouchers.ClaimOnDemand(tenant);
        }
        var share = covered ? voucherShare[tenant][bill.Pool] : 0;
        var voucher = Math.Min(ledger.WalletOf(tenant), (long)Math.Round(bill.Cents * share, MidpointRounding.AwayFromZero));
        var cash = bill.Cents - voucher;
        if (ledger.CashOf(tenant) < cash)
        {
            ledger.Fund(tenant, cash - ledger.CashOf(tenant));
        }
        ledger.PayServing(tenant, cash, voucher);
    }
}
