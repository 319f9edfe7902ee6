namespace CenterSim.Simulation.Metrics;

/// <summary>What the meter tallied of measured jobs as they ended: counts, summed completion time, revenue (in all and by pool) and voucher cents by pool.</summary>
public sealed record MeasuredJobs(long Completed, long Rejected, double JctSeconds, double Revenue, double[] PoolRevenue, long[] PoolVoucherCents)
{
    /// <summary>Measured jobs their tenants gave up on (price, patience): arrivals too.</summary>
    public long Abandoned { get; init; }

    /// <summary>The measured jobs completed, by id: the jobs whose bills are in <see cref="Revenue"/>.</summary>
    public IReadOnlyList<long> Billed { get; init; } = Array.Empty<long>();

    /// <summary>Chip-hours of work of the measured jobs completed.</summary>
    public double CompletedChipHours { get; init; }
}
