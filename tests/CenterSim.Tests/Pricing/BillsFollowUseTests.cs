using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Infrastructure;

namespace CenterSim.Tests.Pricing;

/// <summary>Time-of-use and load-dependent prices bill the chip-time used at the price in force while it is used.</summary>
public class BillsFollowUseTests
{
    private const double Hour = 3600;

    private static IPricingPolicy TimeOfUse(double start, double end) => PolicyCatalog.Pricing.Create(new PolicyChoice("time-of-use",
        new Dictionary<string, double> { ["peak_yuan_per_chip_hour"] = 12, ["offpeak_yuan_per_chip_hour"] = 6, ["peak_start_hour"] = start, ["peak_end_hour"] = end }));

    [Fact]
    public void A_job_bought_off_peak_that_runs_into_the_peak_pays_the_peak_hours_at_the_peak_price()
    {
        // Peak 8-22. Bought at 06:00 (off-peak) on 4 chips, it runs to 12:00: 2 h off-peak, 4 h peak.
        var tou = TimeOfUse(8, 22);
        Assert.Equal(6, tou.YuanPerChipHour(new PricingContext(6 * Hour, 4, 24)));
        var usage = new JobUsage(4, 24, 6 * 24, new[] { new UsageStretch(6 * Hour, 12 * Hour, 4) });
        Assert.True(tou.BillsOnUse);
        Assert.Equal(4 * (2 * 6 + 4 * 12), tou.BillYuan(usage), 9);
        // Two stretches (a restart): 21:00-23:00 on day 0 and 07:30-08:30 on day 1.
        var twice = new JobUsage(4, 12, 0, new[] { new UsageStretch(21 * Hour, 23 * Hour, 4), new UsageStretch(31.5 * Hour, 32.5 * Hour, 4) });
        Assert.Equal(4 * (1 * 12 + 1 * 6 + 0.5 * 6 + 0.5 * 12), tou.BillYuan(twice), 9);
    }

    [Fact]
    public void A_peak_window_that_wraps_past_midnight_is_the_night()
    {
        // Peak 22-06: 23:00 and 03:00 are peak, noon is not; from 23:00 the price next drops at 06:00.
        var tou = TimeOfUse(22, 6);
        Assert.Equal(12, tou.YuanPerChipHour(new PricingContext(23 * Hour, 1, 1)));
        Assert.Equal(12, tou.YuanPerChipHour(new PricingContext(27 * Hour, 1, 1)));
        Assert.Equal(6, tou.YuanPerChipHour(new PricingContext(12 * Hour, 1, 1)));
        Assert.Equal(30 * Hour, tou.NextCheaperTime(23 * Hour), 9);
        Assert.Equal(30 * Hour, tou.NextCheaperTime(27 * Hour), 9);
        // 20:00 to 02:00 on 1 chip: 2 h off-peak, 4 h peak.
        var usage = new JobUsage(1, 6, 0, new[] { new UsageStretch(20 * Hour, 26 * Hour, 1) });
        Assert.Equal(2 * 6 + 4 * 12, tou.BillYuan(usage), 9);
    }

    [Fact]
    public void A_load_dependent_price_bills_each_hour_at_the_load_posted_for_it_in_a_run_without_a_market()
    {
        // One 8-chip job of 3 h alone on one 8-chip server, base 6 yuan, slope 1. Whenever it starts (fraction f
        // into an hour), the hour it starts in is priced idle (6), the next at the utilization 1 - f it posted,
        // the rest full (12): 8 x (6(1 - f) + 6(2 - f) + 12 + 12 f) = 240 yuan whatever f, where the base price
        // alone would be 8 x 3 x 6 = 144.
        var dynamic = new PolicyChoice("utilization-dynamic", new Dictionary<string, double> { ["base_yuan_per_chip_hour"] = 6, ["slope"] = 1 });
        var spec = InfraSpecs.Center(1, 1, new[] { 8 }, 24, 0.05, 1, new InfrastructureSpec(null, null, null));
        spec = spec with { Policies = spec.Policies with { Pricing = dynamic } };
        var job = StudyRunner.Run(spec, threads: 1)[0].Jobs.Single();
        Assert.Equal(3 * Hour, job.End - job.Start, 6);
        Assert.Equal(240, job.CostYuan, 6);
    }

    [Fact]
    public void The_load_in_force_is_the_last_posted_and_idle_before_the_first()
    {
        var load = new LoadHistory();
        load.Post(Hour, 0.5, 3);
        load.Post(2 * Hour, 1, 0);
        var pieces = load.Over(0.5 * Hour, 2.5 * Hour).ToArray();
        Assert.Equal(new[] { (0.5 * Hour, Hour, 0.0, 0), (Hour, 2 * Hour, 0.5, 3), (2 * Hour, 2.5 * Hour, 1.0, 0) }, pieces);
        Assert.Single(load.Over(2 * Hour, 3 * Hour));
        Assert.Throws<ArgumentException>(() => load.Post(Hour, 0, 0));
    }
}
