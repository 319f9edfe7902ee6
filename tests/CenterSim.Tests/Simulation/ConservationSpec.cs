using CenterSim.Model.Results;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Simulation;

public class ConservationSpec
{
    [Fact]
    public void Littles_law_holds_in_a_center_with_gangs()
    {
        // L = λ W for jobs in the system, measured independently: L from the scheduler's time integral,
        // λ from arrivals in the window, W from the jobs' own submit and end times.
        var spec = Specs.SmallCenter(durationHours: 4000, warmupHours: 200, replications: 2);
        foreach (var r in StudyRunner.Run(spec, threads: 2))
        {
            var lambda = r["arrivals_per_hour"];
            var w = r["mean_jct_hours"];
            var l = r["mean_jobs_in_system"];
            Assert.True(Math.Abs(l - lambda * w) / l < 0.03, $"L={l} λW={lambda * w}");
            var lq = r["mean_queue_length"];
            Assert.True(Math.Abs(lq - lambda * r["mean_wait_hours"]) / lq < 0.05, $"Lq={lq} λWq={lambda * r["mean_wait_hours"]}");
        }
    }

    [Fact]
    public void Energy_revenue_and_chip_hours_add_up()
    {
        var spec = Specs.SmallCenter(durationHours: 500, warmupHours: 0, replications: 1);
        var r = StudyRunner.Run(spec, threads: 1)[0];
        var chips = spec.TotalChips;
        var hours = r["window_hours"];
        var u = r["utilization"];
        // Linear power: IT energy = (idle + (peak − idle) × utilization) × servers × hours.
        var servers = spec.Center.Racks.Count * spec.Center.Racks.ServersPerRack;
        var expectedKwh = (1400 + 4200 * u) * servers * hours / 1000;
        Assert.Equal(expectedKwh, r["it_energy_kwh"], 6);
        Assert.Equal(r["it_energy_kwh"] * 1.25, r["facility_energy_kwh"], 9);
        Assert.Equal(r["facility_energy_kwh"] * 0.65, r["energy_cost_yuan"], 9);
        // Revenue is the price times the chip-hours of the jobs that paid.
        var paid = r.Jobs.Where(j => j.Status != JobStatus.Rejected).Sum(j => j.ChipHours);
        Assert.Equal(10 * paid, r["revenue_yuan"], 6);
        Assert.Equal(r["jobs_submitted"], r["jobs_completed"] + r["jobs_rejected"] + r["jobs_unfinished"]);
        Assert.True(u > 0.2 && u < 1, $"utilization {u}");
        Assert.True(chips == 64);
    }

    [Fact]
    public void A_tenant_that_cannot_pay_is_rejected()
    {
        // Each startup tenant can pay for 100 yuan = 10 chip-hours at 10 yuan; most jobs cost more.
        var r = StudyRunner.Run(Specs.SmallCenter(500, 0, replications: 1, budget: 100), threads: 1)[0];
        Assert.True(r["jobs_rejected"] > 0);
        var startupSpend = r.Jobs.Where(j => j.Tenant.StartsWith("a-") && j.Status != JobStatus.Rejected).GroupBy(j => j.Tenant).Select(g => g.Sum(j => j.CostYuan));
        Assert.All(startupSpend, s => Assert.True(s <= 100 + 1e-9));
        Assert.All(r.Jobs.Where(j => j.Status == JobStatus.Rejected), j => Assert.True(double.IsNaN(j.Start)));
    }
}
