namespace CenterSim.Simulation.Metrics;

/// <summary>What the meter tallied of measured jobs as they ended: counts, summed completion time, revenue (in all and by pool).</summary>
public sealed record MeasuredJobs(long Completed, long Rejected, double JctSeconds, double Revenue, double[] PoolRevenue)
{
    /// <summary>Measured jobs their tenants gave up on (price, patience): arrivals too.</summary>
    public long Abandoned { get; init; }

    /// <summary>The measured jobs completed, by id and pool: the jobs whose bills are in <see cref="Revenue"/>.</summary>
    public IReadOnlyList<(long Id, int Pool)> Billed { get; init; } = Array.Empty<(long, int)>();

    /// <summary>Chip-hours of work of the measured jobs completed.</summary>
    public double CompletedChipHours { get; init; }
}
