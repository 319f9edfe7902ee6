using CenterSim.Model.Results;
using CenterSim.Simulation.Infrastructure;

namespace CenterSim.Simulation.Metrics;

/// <summary>
/// Per-pool metrics of a center with several pools, named <c>&lt;pool&gt;.&lt;metric&gt;</c>: utilization
/// over the window, its chips, and over measured jobs (as <c>revenue_yuan</c> counts them: finished, running
/// or waiting at the end) their bills and the voucher money in them. None for a single pool, where they
/// would repeat the center's.
/// </summary>
public static class PoolMetrics
{
    public static void Add(List<Metric> metrics, CenterLayout layout, IntegralSample start, IntegralSample end, double window,
        IReadOnlyList<double> revenue, IReadOnlyList<long> voucherCents)
    {
        if (layout.Pools.Count < 2)
        {
            return;
        }
        foreach (var pool in layout.Pools)
        {
            var used = ChipSeconds(end, pool.Index) - ChipSeconds(start, pool.Index);
            var available = window * pool.Chips;
            metrics.Add(new(pool.Name + ".utilization", available > 0 ? used / available : double.NaN));
            metrics.Add(new(pool.Name + ".chips", pool.Chips));
            metrics.Add(new(pool.Name + ".revenue_yuan", revenue[pool.Index]));
            metrics.Add(new(pool.Name + ".voucher_paid_yuan", voucherCents[pool.Index] / 100.0));
        }
    }

    private static double ChipSeconds(IntegralSample s, int pool) =>
        s.Scheduler is { } snapshot && pool < snapshot.PoolChipSeconds.Count ? snapshot.PoolChipSeconds[pool] : 0;
}
