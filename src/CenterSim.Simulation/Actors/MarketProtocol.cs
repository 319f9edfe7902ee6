using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

public static class MarketProtocol
{
    /// <summary>A tenant asks to run a job: price it, charge the tenant or reject it.</summary>
    public sealed record Submit(Job Job);

    /// <summary>Market runs: a tenant asks what the job would cost it now (answered with <see cref="TenantProtocol.Quoted"/>).</summary>
    public sealed record Quote(Job Job, double WillingnessYuanPerChipHour);

    /// <summary>Market runs: the tenant buys the job at the current price.</summary>
    public sealed record Buy(Job Job);

    /// <summary>Market runs: the tenant gave the job up.</summary>
    public sealed record Abandon(Job Job, Model.Results.RefusalReason Reason);

    /// <summary>
    /// Pricing committed: a job started with <paramref name="Chips"/> of its chips on its tenant's reserved
    /// chips; that share of its bill is given back.
    /// </summary>
    public sealed record Covered(Job Job, int Chips, long CashCents, long VoucherCents);

    /// <summary>A job's final bill under a pricing that bills for use differs from what was paid by this many cents (positive: the tenant owes more).</summary>
    public sealed record Settled(Job Job, long DeltaCents);

    /// <summary>
    /// Market runs: a service's bill for the tokens it served since its last one (at the prices in force when
    /// each request was served), for its tenant to pay; sent every hour and when the run ends.
    /// </summary>
    public sealed record ServingBill(int Tenant, int Pool, long Cents);

    /// <summary>Market runs: a job has finished (the scheduler's final word on it).</summary>
    public sealed record JobEnded(JobResult Result);

    /// <summary>Calendar event: a market period starts (budgets refill, vouchers are awarded, costs are booked).</summary>
    public sealed record PeriodTick(int Period);

    /// <summary>The scheduler's hourly load (utilization of the last hour, jobs waiting now), which load-dependent prices read.</summary>
    public sealed record LoadPosted(double Utilization, int QueueLength)
    {
        /// <summary>The center whose scheduler posted it (network runs; 0 otherwise).</summary>
        public int Center { get; init; }
    }

    /// <summary>Calendar event: the market samples tenants' cash and the provider's profit for the time series.</summary>
    public sealed record SampleTick
    {
        public static SampleTick Instance { get; } = new();
    }

    /// <summary>The run is over: book the last costs, check the ledger and publish the market report.</summary>
    public sealed record Settle
    {
        public static Settle Instance { get; } = new();
    }
}
