using MathNet.Numerics.Distributions;

namespace CenterSim.Reporting.Statistics;

/// <summary>The two-sided p-value of a paired t-test: is the mean of the replication-by-replication differences zero?</summary>
public static class PairedTest
{
    /// <summary>NaN without an interval (fewer than two runs, a value not finite); 1 when every difference is 0; 0 when all are equal and not 0.</summary>
    public static double PValue(Estimate difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        if (difference.Interval is null || difference.Count < 2)
        {
            return double.NaN;
        }
        if (difference.StandardDeviation == 0)
        {
            return difference.Mean == 0 ? 1 : 0;
        }
        var t = difference.Mean / (difference.StandardDeviation / Math.Sqrt(difference.Count));
        return 2 * (1 - StudentT.CDF(0, 1, difference.Count - 1, Math.Abs(t)));
    }

    /// <summary>
    /// Holm's step-down adjustment of a family of p-values (NaN stays NaN and is not counted): the
    /// i-th smallest of m is multiplied by m − i + 1, then made non-decreasing, capped at 1. Rejecting
    /// where the adjusted value is at most α keeps the chance of any false finding at most α.
    /// </summary>
    public static double[] Holm(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var order = Enumerable.Range(0, p.Count).Where(i => !double.IsNaN(p[i])).OrderBy(i => p[i]).ThenBy(i => i).ToArray();
        var adjusted = Enumerable.Repeat(double.NaN, p.Count).ToArray();
        var m = order.Length;
        var running = 0.0;
        for (var k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
