using CenterSim.Model.Results;
using MathNet.Numerics.Distributions;

namespace CenterSim.Reporting.Statistics;

/// <summary>
/// A two-sided Student-t confidence interval for a mean, computed across independent replications:
/// mean ± t(n − 1, 1 − α/2) · s / √n with s the sample standard deviation.
/// </summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    public const double DefaultLevel = 0.95;

    public double HalfWidth => (Upper - Lower) / 2;

    public double Center => (Upper + Lower) / 2;

    /// <summary>
    /// Mean and interval of the given values. With fewer than two values, or when any value is NaN or
    /// infinite, there is no interval (and no standard deviation); the mean is still the plain average.
    /// </summary>
    public static Estimate OfMean(IReadOnlyList<double> values, double level = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "confidence level must lie strictly between 0 and 1");
        }

        var n = values.Count;
        if (n == 0)
        {
            return new Estimate(0, double.NaN, double.NaN, null);
        }

        var sum = 0.0;
        var allFinite = true;
        foreach (var v in values)
        {
            sum += v;
            allFinite &= double.IsFinite(v);
        }
        var mean = sum / n;
        if (n < 2 || !allFinite)
        {
            return new Estimate(n, mean, double.NaN, null);
        }

        var squares = 0.0;
        foreach (var v in values)
        {
            var d = v - mean;
            squares += d * d;
        }
        var sd = Math.Sqrt(squares / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - level) / 2);
        var half = t * sd / Math.Sqrt(n);
        return new Estimate(n, mean, sd, new ConfidenceInterval(mean - half, mean + half, level));
    }

    /// <summary>
    /// Paired comparison: the interval of (variant − baseline) taken replication by replication. Both
    /// lists must be in the same replication order, so that common random numbers pair up.
    /// </summary>
    public static Estimate OfPairedDifference(
        IReadOnlyList<double> variant, IReadOnlyList<double> baseline, double level = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        if (variant.Count != baseline.Count)
        {
            throw new ArgumentException(
                $"paired comparison needs as many variant values ({variant.Count}) as baseline values ({baseline.Count})",
                nameof(variant));
        }
        var differences = new double[variant.Count];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = variant[i] - baseline[i];
        }
        return OfMean(differences, level);
    }

    /// <summary>
    /// Paired comparison of one metric between two sets of runs, pairing runs by replication number.
    /// Both sets must hold exactly the same replication numbers.
    /// </summary>
    public static Estimate OfPairedDifference(
        IReadOnlyList<RunResult> variant, IReadOnlyList<RunResult> baseline, string metric, double level = DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(metric);

        var byReplication = new Dictionary<int, RunResult>();
        foreach (var run in baseline)
        {
            if (!byReplication.TryAdd(run.Replication, run))
            {
                throw new ArgumentException($"baseline has replication {run.Replication} twice", nameof(baseline));
            }
        }
        if (variant.Count != baseline.Count)
        {
            throw new ArgumentException(
                $"paired comparison needs the same replications: variant has {variant.Count} runs, baseline {baseline.Count}",
                nameof(variant));
        }

        var v = new double[variant.Count];
        var b = new double[variant.Count];
        for (var i = 0; i < variant.Count; i++)
        {
            var run = variant[i];
            if (!byReplication.Remove(run.Replication, out var partner))
            {
                throw new ArgumentException(
                    $"variant replication {run.Replication} has no baseline partner (or appears twice)", nameof(variant));
            }
            v[i] = run[metric];
            b[i] = partner[metric];
        }
        return OfPairedDifference(v, b, level);
    }
}
