using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies.Power;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Infrastructure;

public class CappingTests
{
    [Fact]
    public void Proportional_throttle_by_hand()
    {
        // Two full servers, linear 1000 → 3000 W: 2·(1000 + 2000 f) <= 4000 ⇒ f = 0.5.
        var linear = ServerPowerModel.Linear(1000, 3000);
        var f = ThrottleCapping.Factor(new[] { linear, linear }, new[] { 1.0, 1.0 }, 4000, exponent: 1);
        Assert.Equal(0.5, f, 12);
        // Dynamic power as speed cubed: 2·(1000 + 2000 f³) <= 4000 ⇒ f = 0.5^(1/3).
        Assert.Equal(Math.Pow(0.5, 1.0 / 3), ThrottleCapping.Factor(new[] { linear, linear }, new[] { 1.0, 1.0 }, 4000, exponent: 3), 12);
        // A measured table: 0 → 1400, 0.5 → 2500, 0.9 → 4600, 1 → 5600; one full server under 3000 W:
        // 2500 + (u − 0.5)·2100/0.4 = 3000 ⇒ u = 0.5 + 500·0.4/2100.
        var table = ServerPowerModel.FromTable(new PowerTableSpec(1400, 2500, 4600, 5600));
        Assert.Equal(0.5 + 500 * 0.4 / 2100, ThrottleCapping.Factor(new[] { table }, new[] { 1.0 }, 3000, exponent: 1), 12);
    }

    [Fact]
    public void A_throttled_job_finishes_when_the_hand_computation_says()
    {
        // One rack of 2 servers (idle 2 kW, full 6 kW), cap 4 kW ⇒ f = (4000 − 2000)/4000 = 0.5. One job of
        // 16 chips × 10 chip-hours: 0.625 h at full speed, 1.25 h throttled. Two jobs about 100 h apart: the
        // window runs from the first arrival to the second, so it holds exactly the first job.
        var spec = InfraSpecs.Center(1, 2, new[] { 16 }, 10, 0.01, 2,
            new InfrastructureSpec(null, InfraSpecs.Power(4, CappingMode.Throttle) with { ThrottlePowerExponent = 1 }, null));
        var r = StudyRunner.Run(spec, threads: 1)[0];
        Assert.True(r.Jobs[1].Submit > r.Jobs[0].End);
        Assert.All(r.Jobs, job => Assert.Equal(1.25, (job.End - job.Start) / 3600, 9));
        Assert.Equal(16 * 1.25 * 0.5, r["throttled_chip_hours"], 9);
        Assert.Equal(0, r["cap_violations"]);
        Assert.Equal(4 * 1.25, r["peak_facility_kw"], 9);
        var uncapped = StudyRunner.Run(spec with { Infrastructure = new InfrastructureSpec(null, InfraSpecs.Power(4), null) }, threads: 1)[0];
        Assert.Equal(0.625, (uncapped.Jobs[0].End - uncapped.Jobs[0].Start) / 3600, 9);
        Assert.Equal(1, uncapped["cap_violations"]);
        Assert.Equal(6 * 1.25, uncapped["peak_facility_kw"], 9);
    }

    [Fact]
    public void A_violation_that_began_in_warm_up_and_goes_on_counts_in_the_window()
    {
        // One rack of 2 servers (full draw 6 kW) metered against a 4 kW cap, no capping. The first job takes
        // the whole rack for 16 × 100 / 16 = 100 h from its arrival (Poisson at 100 per hour, so within
        // minutes); the 1 h warm-up and the 10 h run both lie inside it. The rack is over its cap the whole
        // window: that is one violation, not none.
        var spec = InfraSpecs.Center(1, 2, new[] { 16 }, 1600, 100, 0, new InfrastructureSpec(null, InfraSpecs.Power(4), null))
            with
        { Stop = new StopSpec(10 * 3600, null, 3600, 0) };
        var r = StudyRunner.Run(spec, threads: 1)[0];
        Assert.Equal(1, r["cap_violations"]);
        Assert.Equal(6 * 1.25, r["peak_facility_kw"], 9);
    }

    [Fact]
    public void Under_the_default_cubic_curve_a_throttled_job_slows_less_than_its_power_falls()
    {
        // The same rack and cap with dynamic power as speed cubed: 2000 + 4000 f³ = 4000 ⇒ f = 0.5^(1/3)
        // = 0.7937; the job takes 0.625 h / f = 0.7875 h instead of 1.25 h under a linear curve.
        var spec = InfraSpecs.Center(1, 2, new[] { 16 }, 10, 0.01, 2,
            new InfrastructureSpec(null, InfraSpecs.Power(4, CappingMode.Throttle), null));
        var r = StudyRunner.Run(spec, threads: 1)[0];
        var f = Math.Pow(0.5, 1.0 / 3);
        Assert.All(r.Jobs, job => Assert.Equal(0.625 / f, (job.End - job.Start) / 3600, 6));
        Assert.Equal(16 * 0.625 / f * (1 - f), r["throttled_chip_hours"], 6);
        Assert.Equal(0, r["cap_violations"]);
        Assert.Equal(4 * 1.25, r["peak_facility_kw"], 6);
    }

    [Fact]
    public void Delay_capping_holds_a_start_that_would_exceed_the_cap()
    {
        // Cap 4.5 kW on 2 servers: one 8-chip job (4 kW) fits, a second (6 kW) must wait for the first.
        var spec = InfraSpecs.Center(1, 2, new[] { 8 }, 8, 50, 30,
            new InfrastructureSpec(null, InfraSpecs.Power(4.5, CappingMode.Delay), null));
        var r = StudyRunner.Run(spec, threads: 1)[0];
        var jobs = r.Jobs.OrderBy(j => j.Start).ToList();
        for (var i = 1; i < jobs.Count; i++)
        {
            Assert.True(jobs[i].Start >= jobs[i - 1].End - 1e-9, $"job {jobs[i].Id} overlaps job {jobs[i - 1].Id}");
        }
        Assert.Equal(0, r["cap_violations"]);
    }

    [Fact]
    public void Delay_capping_starts_a_job_in_another_rack_when_the_first_choice_would_exceed_its_cap()
    {
        // Two racks of two servers (1 kW idle, 3 kW busy); cap 4.5 kW per rack: one busy server per rack
        // (3 + 1 = 4 kW) fits, two (6 kW) do not. First fit would put the second job beside the first; it
        // must go to the other rack instead of waiting, so two jobs run at once, never in the same rack.
        var spec = InfraSpecs.Center(2, 2, new[] { 8 }, 8, 50, 40,
            new InfrastructureSpec(null, InfraSpecs.Power(4.5, CappingMode.Delay), null));
        var r = StudyRunner.Run(spec, threads: 1)[0];
        Assert.Equal(0, r["cap_violations"]);
        var jobs = r.Jobs.OrderBy(j => j.Start).ToList();
        var overlapping = 0;
        for (var i = 1; i < jobs.Count; i++)
        {
            if (jobs[i].Start < jobs[i - 1].End - 1e-9)
            {
                overlapping++;
            }
        }
        Assert.True(overlapping >= jobs.Count / 2, $"only {overlapping} of {jobs.Count} jobs ran beside another");
        // Jobs of 1 h arrive far faster than they run: with two at a time, 40 jobs take 20 h, not 40 h.
        Assert.InRange(jobs[^1].End / 3600, 19.9, 21);
    }
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_job_that_starts_on_a_rack_already_throttled_runs_at_the_rack_speed(int racks)
    {
        // Racks of two servers (1 kW idle, 3 kW busy) under a 5 kW cap, speed linear in power: one busy
        // server draws 4 kW (no throttling), two would draw 6 kW, so 2 + 4 f = 5 ⇒ f = 0.75. Jobs of one
        // server × 10 chip-hours arrive far faster than they run, so once every server is busy each job
        // that ends starts the next on the same server at once: the rack's factor stays 0.75 and the new
        // job must still be slowed to it. It takes 1.25 h / 0.75 = 5/3 h, until the queue runs dry.
        var servers = 2 * racks;
        const int jobs = 30;
        var spec = InfraSpecs.Center(racks, 2, new[] { 8 }, 10, 100, jobs,
            new InfrastructureSpec(null, InfraSpecs.Power(5, CappingMode.Throttle) with { ThrottlePowerExponent = 1 }, null));
        var r = StudyRunner.Run(spec, threads: 1)[0];
        var byStart = r.Jobs.OrderBy(j => j.Start).ToList();
        Assert.Equal(jobs, byStart.Count);
        for (var i = servers; i < jobs - 2 * servers; i++)
        {
            Assert.Equal(5.0 / 3, (byStart[i].End - byStart[i].Start) / 3600, 9);
        }
        Assert.All(byStart, job => Assert.InRange((job.End - job.Start) / 3600, 1.25 - 1e-9, 5.0 / 3 + 1e-9));
        Assert.Equal(0, r["cap_violations"]);
    }
}
