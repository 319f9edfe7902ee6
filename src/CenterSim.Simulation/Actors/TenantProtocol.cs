using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class TenantProtocol
{
    /// <summary>Calendar event: the tenant's next job arrives now.</summary>
    public sealed record NextArrival
    {
        public static NextArrival Instance { get; } = new();
    }

    /// <summary>The measured jobs have all arrived: submit no more.</summary>
    public sealed record StopArrivals
    {
        public static StopArrivals Instance { get; } = new();
    }

    /// <summary>
    /// The market's answer to a quote: the price now and when it next drops, the share of a bill the
    /// tenant's voucher covers, and the tenant's voucher and cash balances (yuan).
    /// </summary>
    public sealed record Quoted(Job Job, double WillingnessYuanPerChipHour, double PriceYuanPerChipHour, double NextCheaperTime, double VoucherShare, double VoucherYuan, double CashYuan)
    {
        /// <summary>The pool offered: the one the tenant can run on at the lowest price after vouchers and porting.</summary>
        public int Pool { get; init; }

        /// <summary>False when no pool runs the tenant's ecosystems and it will not port.</summary>
        public bool CanRun { get; init; } = true;

        public double PortingCostShare { get; init; }
    }

    /// <summary>Calendar event: a job the tenant held back for a cheaper price is looked at again.</summary>
    public sealed record Retry(Job Job, double WillingnessYuanPerChipHour);
}
