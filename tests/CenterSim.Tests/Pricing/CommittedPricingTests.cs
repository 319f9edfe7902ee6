using CenterSim.Model.Market;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Pricing;

public sealed class CommittedPricingTests
{
    /// <summary>
    /// One server of 8 chips for 45 days with 30-day periods, 10 yuan per chip-hour on demand, 30% off reserved chips.
    /// Tenant "reserved" commits 4 chips and sends 8-chip jobs of 80 chip-hours at <paramref name="reservedRate"/> per hour;
    /// tenant "other" sends 4-chip jobs of 40 chip-hours (10 h) at 1 per hour, far more than 4 chips can serve.
    /// </summary>
    internal static ScenarioSpec Spec(double reservedRate) => new(
        Name: "committed-test",
        Seed: 5,
        Replications: 1,
        Stop: new StopSpec(45 * 86400, null, 0, 0),
        Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 0) },
        Center: new CenterSpec("c", "", 1.25, 0.65, new RackSpec(1, 1, "s", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("reserved", 1, TenantCategory.Enterprise, null,
                new TrainingWorkloadSpec(reservedRate, new[] { 8 }, new[] { 1.0 }, new FixedDistribution(80)))
            {
                Market = TenantMarketSpec.Default with { CommittedChips = 4 },
            },
            new TenantGroupSpec("other", 1, TenantCategory.Sme, null,
                new TrainingWorkloadSpec(1, new[] { 4 }, new[] { 1.0 }, new FixedDistribution(40)))
            {
                Market = TenantMarketSpec.Default,
            },
        },
        Policies: new PoliciesSpec(PolicyChoice.Named("fifo"), PolicyChoice.Named("first-fit"),
            new PolicyChoice("committed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 10, ["committed_discount"] = 0.3 })),
        Output: new OutputSpec(true))
    {
        Market = new MarketSpec(30 * 86400, new EconomicsSpec(5, 0), null, true),
    };

    [Fact]
    public void An_idle_tenant_pays_its_commitment_every_period_and_nobody_else_gets_its_chips()
    {
        var run = SimulationRunner.Run(Spec(1e-9), 0);
        Assert.DoesNotContain(run.Jobs, j => j.Tenant == "reserved");
        // Two periods started (day 0 and day 30): 4 chips x 720 h x 10 yuan x 0.7 = 20 160 yuan each.
        Assert.Equal(2 * 20_160, run["committed_revenue_yuan"]);
        Assert.Equal(0, run["committed_utilization"]);
        // The other tenant's 4-chip jobs never run two at a time: the other 4 chips are held.
        var started = run.Jobs.Where(j => j.Tenant == "other" && !double.IsNaN(j.Start)).OrderBy(j => j.Start).ToList();
        Assert.True(started.Count > 50);
        for (var i = 1; i < started.Count; i++)
        {
            Assert.True(started[i].Start >= started[i - 1].End - 1e-6);
        }
        Assert.True(run["utilization"] <= 0.5 + 1e-9);
        // Cash revenue (the balanced ledger's) is the commitments plus 40 chip-hours x 10 yuan per job bought.
        Assert.All(run.Jobs, j => Assert.Equal(400, j.CostYuan));
        Assert.Equal(2 * 20_160 + 400 * run.Jobs.Count, run["revenue_cash_yuan"], 6);
    }

    [Fact]
    public void A_job_on_its_tenants_reserved_chips_pays_on_demand_only_for_the_chips_beyond_them()
    {
        var run = SimulationRunner.Run(Spec(0.01), 0);
        var reserved = run.Jobs.Where(j => j.Tenant == "reserved" && j.Status == JobStatus.Completed).ToList();
        Assert.NotEmpty(reserved);
        // 8 chips, 4 of them reserved and idle at the start: half of 80 chip-hours x 10 yuan.
        foreach (var job in reserved.Where(j => !reserved.Any(o => o.Id != j.Id && o.Start < j.Start && o.End > j.Start)))
        {
            Assert.Equal(400, job.CostYuan);
        }
        Assert.True(run["committed_utilization"] > 0);
        // The ledger's cash revenue is the commitments plus every bill after what reserved chips gave back.
        Assert.Equal(2 * 20_160 + run.Jobs.Sum(j => j.CostYuan), run["revenue_cash_yuan"], 6);
    }
}
