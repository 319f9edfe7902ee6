using CenterSim.Reporting.Report;
using CenterSim.Reporting.Statistics;
using Xunit;

namespace CenterSim.Tests.Reporting;

/// <summary>Findings are paired t-tests, Holm-corrected over the study, with negligible differences left out.</summary>
public class FindingsTests
{
    [Fact]
    public void Holm_multiplies_the_ith_smallest_p_by_m_minus_i_plus_1_and_keeps_the_order()
    {
        // By hand: sorted 0.005, 0.01, 0.03, 0.04 -> x4 = 0.02, x3 = 0.03, x2 = 0.06, x1 = 0.04 -> monotone 0.06.
        var adjusted = PairedTest.Holm([0.01, 0.04, 0.03, 0.005, double.NaN]);
        Assert.Equal(0.03, adjusted[0], 12);
        Assert.Equal(0.06, adjusted[1], 12);
        Assert.Equal(0.06, adjusted[2], 12);
        Assert.Equal(0.02, adjusted[3], 12);
        Assert.True(double.IsNaN(adjusted[4]));
    }

    [Fact]
    public void The_paired_t_test_matches_the_t_distribution()
    {
        // Differences with mean 1, sd 1, n = 4: t = 1 / (1 / 2) = 2 on 3 degrees of freedom; two-sided p = 0.13933.
        var estimate = ConfidenceInterval.OfMean([0.0, 1, 1, 2]);
        var d = new Estimate(4, 1, 1, estimate.Interval);
        Assert.Equal(0.139326, PairedTest.PValue(d), 5);
        Assert.True(double.IsNaN(PairedTest.PValue(new Estimate(1, 1, double.NaN, null))));
    }

    [Fact]
    public void Differences_below_one_percent_or_one_point_of_a_share_are_negligible()
    {
        Assert.True(PracticalThreshold.IsNegligible("voucher_issued_yuan", 1000, 0.02));
        Assert.False(PracticalThreshold.IsNegligible("revenue_yuan", 1000, 20));
        Assert.True(PracticalThreshold.IsNegligible("utilization", 0.5, 0.009));
        Assert.False(PracticalThreshold.IsNegligible("utilization", 0.5, 0.011));
        Assert.False(PracticalThreshold.IsNegligible("jobs_rejected", 0, 3));
    }

    [Fact]
    public void Clipped_interval_ends_respect_the_metrics_range_and_are_marked()
    {
        var wait = new Estimate(3, 0.1, 0.2, new ConfidenceInterval(-0.4, 0.6, 0.95));
        Assert.Equal("[0*, 0.6]", ReportContent.BoundedInterval("mean_wait_hours", wait));
        var share = new Estimate(3, 0.9, 0.1, new ConfidenceInterval(0.8, 1.05, 0.95));
        Assert.Equal("[0.8, 1*]", ReportContent.BoundedInterval("utilization", share));
        Assert.Equal("[-0.4, 0.6]", ReportContent.BoundedInterval("profit_yuan", wait));
    }
}
