using CenterSim.Model.Results;

namespace CenterSim.Policies.Tenants;

/// <summary>
/// The decision rule of a price-sensitive tenant. Its price is what it pays out of pocket per chip-hour
/// (the bill less the voucher part) raised by the porting effort. It buys when that is within what the
/// job is worth and its cash covers it; waits for the next cheaper price if that comes within its
/// patience; shrinks the job to what its cash (and voucher) pays for when that keeps at least the
/// minimum share of the work; otherwise abandons the job.
/// </summary>
public static class PriceSensitiveTenant
{
    public static TenantDecision Decide(in TenantQuote q)
    {
        if (!q.CanRun || q.ChipHours <= 0)
        {
            return TenantDecision.AbandonFor(RefusalReason.Ecosystem);
        }
        // A job that already waited for a cheaper price and gives up ran out of patience.
        var waited = q.Now > q.SubmitTime;
        var canWait = q.NextCheaperTime - q.SubmitTime <= q.PatienceHours * 3600;
        var bill = q.PriceYuanPerChipHour * q.ChipHours;
        var outOfPocket = bill - Math.Min(q.VoucherYuan, bill * q.VoucherShare);
        var effective = outOfPocket / q.ChipHours * (1 + q.PortingCostShare);
        if (effective > q.WillingnessYuanPerChipHour)
        {
            return canWait ? new TenantDecision(TenantChoice.Wait, q.NextCheaperTime, q.ChipHours) : TenantDecision.AbandonFor(waited ? RefusalReason.Patience : RefusalReason.Price);
        }
        if (outOfPocket <= q.CashYuan)
        {
            return new TenantDecision(TenantChoice.Submit, double.NaN, q.ChipHours);
        }
        var affordable = AffordableChipHours(q);
        if (affordable >= q.MinShrinkShare * q.ChipHours && affordable > 0)
        {
            return new TenantDecision(TenantChoice.Shrink, double.NaN, affordable);
        }
        return canWait ? new TenantDecision(TenantChoice.Wait, q.NextCheaperTime, q.ChipHours) : TenantDecision.AbandonFor(waited ? RefusalReason.Patience : RefusalReason.Budget);
    }

    /// <summary>
    /// The most chip-hours cash and voucher pay for: while the voucher lasts each chip-hour costs
    /// price × (1 − share) in cash; past that, the voucher is spent and cash pays the rest.
    /// </summary>
    public static double AffordableChipHours(in TenantQuote q)
    {
        var p = q.PriceYuanPerChipHour;
        if (p <= 0)
        {
            return q.ChipHours;
        }
        var cashRate = p * (1 - q.VoucherShare);
        var whileVoucherLasts = cashRate > 0 ? q.CashYuan / cashRate : double.PositiveInfinity;
        var x = p * whileVoucherLasts * q.VoucherShare <= q.VoucherYuan ? whileVoucherLasts : (q.CashYuan + q.VoucherYuan) / p;
        // A hair under, so the bill rounded to cents stays within cash.
        return Math.Min(q.ChipHours, x * (1 - 1e-9));
    }
}
