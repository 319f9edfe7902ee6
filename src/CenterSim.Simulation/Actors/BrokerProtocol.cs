using Akka.Actor;
using CenterSim.Model.Network;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Market;

namespace CenterSim.Simulation.Actors;

public static class BrokerProtocol
{
    /// <summary>A center's scheduler after every change: what waits, what runs and what is free.</summary>
    public sealed record CenterLoad(int Center, int Queued, double QueuedChipSeconds, int RunningChips, double RunningChipSecondsLeft, int FreeChips)
    {
        /// <summary>The load the center last posted (see <see cref="Policies.Pricing.LoadHistory"/>): what its prices read.</summary>
        public double PostedUtilization { get; init; }

        public int PostedQueueLength { get; init; }
    }

    /// <summary>
    /// Network market runs: the market priced a tenant's job at every center (the pool that suits it best
    /// there, its voucher share, and the share of a transfer fee its voucher pays) and asks the broker to
    /// choose a center and answer the tenant. Arrays are per center; balances are the tenant's now (yuan).
    /// </summary>
    public sealed record Choose(Job Job, double WillingnessYuanPerChipHour, IActorRef Tenant, PoolOffer[] Offers, double[] NextCheaperTimes,
        double[] TransferVoucherShares, double VoucherYuan, double CashYuan);

    /// <summary>Network market runs: the tenant bought the job at its center; move its data there and hand it to the scheduler.</summary>
    public sealed record Dispatch(Job Job, double TransferYuan);

    /// <summary>The wide-area network delivered a job's input data to its center (after the route's latency).</summary>
    public sealed record Delivered(Job Job, int Center, WanRoute Route);

    /// <summary>Asks for the broker's tallies; answered with <see cref="Report"/>.</summary>
    public sealed record ReportRequest
    {
        public static ReportRequest Instance { get; } = new();
    }

    /// <summary>
    /// What the broker did with the measured jobs: where they went, how many left their home region,
    /// the data moved and its fee, the time spent moving it, and the ages of those still on their way at the end (time since submission). Arrays are per center.
    /// </summary>
    public sealed record Report(
        long[] JobsPlaced,
        long[] JobsIn,
        double[] GbIn,
        long JobsMoved,
        double GbMoved,
        double TransferYuan,
        double TransferSeconds,
        long JobsUnplaceable,
        double[] TransitAgesSeconds)
    {
        /// <summary>Measured jobs whose data was still on its way at the end.</summary>
        public long JobsInTransit => TransitAgesSeconds.Length;
    }
}
