using CenterSim.Model.Results;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Tests.Reporting;

public class ConfidenceIntervalTests
{
    [Fact]
    public void Mean_and_interval_match_hand_computation()
    {
        // mean 3, s = sqrt(2.5) = 1.5811388, t(4, 0.975) = 2.7764451, half-width = t * s / sqrt(5).
        var e = ConfidenceInterval.OfMean([1, 2, 3, 4, 5]);

        Assert.Equal(5, e.Count);
        Assert.Equal(3, e.Mean, 1e-12);
        Assert.Equal(1.5811388, e.StandardDeviation, 1e-6);
        var ci = Assert.NotNull(e.Interval);
        Assert.Equal(1.9632432, ci.HalfWidth, 1e-6);
        Assert.Equal(1.0367568, ci.Lower, 1e-6);
        Assert.Equal(4.9632432, ci.Upper, 1e-6);
        Assert.Equal(0.95, ci.Level);
    }

    [Fact]
    public void Other_levels_use_their_own_quantile()
    {
        // t(4, 0.95) = 2.1318468.
        var ci = Assert.NotNull(ConfidenceInterval.OfMean([1, 2, 3, 4, 5], level: 0.90).Interval);
        Assert.Equal(2.1318468 * Math.Sqrt(0.5), ci.HalfWidth, 1e-6);
    }

    [Fact]
    public void Fewer_than_two_values_have_no_interval()
    {
        var one = ConfidenceInterval.OfMean([7.5]);
        Assert.Equal(7.5, one.Mean);
        Assert.Null(one.Interval);
        Assert.True(double.IsNaN(one.StandardDeviation));

        var none = ConfidenceInterval.OfMean([]);
        Assert.Equal(0, none.Count);
        Assert.True(double.IsNaN(none.Mean));
        Assert.Null(none.Interval);
    }

    [Fact]
    public void A_nan_value_gives_nan_mean_and_no_interval()
    {
        var e = ConfidenceInterval.OfMean([1, double.NaN, 3]);
        Assert.True(double.IsNaN(e.Mean));
        Assert.Null(e.Interval);
    }

    [Fact]
    public void Identical_values_give_a_zero_width_interval()
    {
        var ci = Assert.NotNull(ConfidenceInterval.OfMean([2, 2, 2]).Interval);
        Assert.Equal(2, ci.Lower);
        Assert.Equal(2, ci.Upper);
    }

    [Fact]
    public void Paired_difference_is_the_interval_of_the_differences()
    {
        // d = {2, 3, 2, 4}: mean 2.75, s = 0.9574271, t(3, 0.975) = 3.1824463.
        var e = ConfidenceInterval.OfPairedDifference([3, 5, 4, 7], [1, 2, 2, 3]);

        Assert.Equal(2.75, e.Mean, 1e-12);
        Assert.Equal(0.9574271, e.StandardDeviation, 1e-6);
        var ci = Assert.NotNull(e.Interval);
        Assert.Equal(3.1824463 * 0.9574271 / 2, ci.HalfWidth, 1e-6);
    }

    [Fact]
    public void Paired_difference_needs_equal_lengths()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.OfPairedDifference([1, 2], [1]));
    }

    [Fact]
    public void Paired_difference_of_runs_pairs_by_replication_number()
    {
        var baseline = new[] { Run(1, 1), Run(2, 2), Run(3, 2), Run(4, 3) };
        // Same replications in another order: pairing must follow the number, not the position.
        var variant = new[] { Run(4, 7), Run(2, 5), Run(1, 3), Run(3, 4) };

        var e = ConfidenceInterval.OfPairedDifference(variant, baseline, "m");

        Assert.Equal(2.75, e.Mean, 1e-12);
        Assert.Equal(0.9574271, e.StandardDeviation, 1e-6);
    }

    [Fact]
    public void Paired_difference_of_runs_rejects_unmatched_replications()
    {
        Assert.Throws<ArgumentException>(() =>
            ConfidenceInterval.OfPairedDifference(new[] { Run(1, 1), Run(5, 1) }, new[] { Run(1, 1), Run(2, 1) }, "m"));
    }

    private static RunResult Run(int replication, double value) =>
        new(replication, (ulong)replication, [new Metric("m", value)], Array.Empty<JobRecord>(), TimeSeries.Empty);
}
