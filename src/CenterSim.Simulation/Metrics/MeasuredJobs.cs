namespace CenterSim.Simulation.Metrics;

/// <summary>What the meter tallied of measured jobs as they ended: counts, summed completion time, revenue (in all and by pool) and voucher cents by pool.</summary>
public sealed record MeasuredJobs(long Completed, long Rejected, double JctSeconds, double Revenue, double[] PoolRevenue, long[] PoolVoucherCents);
