namespace CenterSim.Simulation.Metrics;

public static class Quantile
{
    /// <summary>
    /// The q-quantile of sorted values by linear interpolation between order statistics
    /// (Hyndman and Fan type 7, the default of R and NumPy). NaN for no values.
    /// </summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
