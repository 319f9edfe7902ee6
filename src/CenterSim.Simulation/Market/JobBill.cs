namespace CenterSim.Simulation.Market;

/// <summary>
/// What one job paid, net of refunds and settlements, in cents: its bill's cash and voucher parts (the
/// provider's) and its data transfer fee's (the carrier's, network markets).
/// </summary>
public readonly record struct JobBill(long CashCents, long VoucherCents, long TransferCashCents = 0, long TransferVoucherCents = 0)
{
    public long TotalCents => CashCents + VoucherCents;

    public static JobBill operator +(JobBill a, JobBill b) => new(
        a.CashCents + b.CashCents, a.VoucherCents + b.VoucherCents, a.TransferCashCents + b.TransferCashCents, a.TransferVoucherCents + b.TransferVoucherCents);
}
