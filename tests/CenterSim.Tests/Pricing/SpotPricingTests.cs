using CenterSim.Model.Infrastructure;
using CenterSim.Model.Market;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Pricing;

public sealed class SpotPricingTests
{
    /// <summary>
    /// One server of 8 chips. Tenant "spot" buys spot at 10 yuan x (1 - 0.5) for 8-chip jobs of 800 chip-hours
    /// (100 h); tenant "demand" pays 10 yuan on demand for 8-chip jobs of 16 chip-hours (2 h). Two jobs in all.
    /// </summary>
    private static ScenarioSpec Spec(ulong seed) => new(
        Name: "spot-test",
        Seed: seed,
        Replications: 1,
        Stop: new StopSpec(null, 2, 0, 0),
        Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 0) },
        Center: new CenterSpec("c", "", 1.25, 0.65, new RackSpec(1, 1, "s", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("spot", 1, TenantCategory.Startup, null,
                new TrainingWorkloadSpec(0.1, new[] { 8 }, new[] { 1.0 }, new FixedDistribution(800)))
            {
                Market = TenantMarketSpec.Default with { Spot = true },
            },
            new TenantGroupSpec("demand", 1, TenantCategory.Enterprise, null,
                new TrainingWorkloadSpec(0.1, new[] { 8 }, new[] { 1.0 }, new FixedDistribution(16)))
            {
                Market = TenantMarketSpec.Default,
            },
        },
        Policies: new PoliciesSpec(PolicyChoice.Named("fifo"), PolicyChoice.Named("first-fit"),
            new PolicyChoice("spot", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 10, ["spot_discount"] = 0.5 })),
        Output: new OutputSpec(true))
    {
        Market = new MarketSpec(30 * 86400, new EconomicsSpec(5, 0), null, true),
    };

    [Fact]
    public void An_on_demand_job_preempts_the_running_spot_job_at_its_arrival_and_the_spot_job_restarts_after_it()
    {
        // With this seed the spot job arrives first and the on-demand job 2 h .. 100 h later, while it runs.
        var run = SimulationRunner.Run(Spec(3), 0);
        var spot = run.Jobs.Single(j => j.Tenant == "spot");
        var demand = run.Jobs.Single(j => j.Tenant == "demand");
        Assert.True(spot.Submit < demand.Submit && demand.Submit < spot.Submit + 100 * 3600);

        // The spot job starts on arrival on the empty server; the on-demand job starts the instant it arrives.
        Assert.Equal(spot.Submit, spot.Start);
        Assert.Equal(demand.Submit, demand.Start);
        Assert.Equal(demand.Submit + 2 * 3600, demand.End, 6);
        // Without a failure model the spot job restarts from scratch when the on-demand job is done.
        Assert.Equal(demand.End + 100 * 3600, spot.End, 6);
        Assert.Equal(1, run["jobs_preempted"]);
        Assert.Equal(8 * (demand.Submit - spot.Submit) / 3600, run["preempted_chip_hours"], 6);

        // Bills: 800 chip-hours x 5 yuan for the spot job (the redone work is free), 16 x 10 on demand.
        Assert.Equal(4000, spot.CostYuan);
        Assert.Equal(160, demand.CostYuan);
        // The ledger balanced (else the run fails) and its revenue is the two bills, to the cent.
        Assert.Equal(4160, run["revenue_cash_yuan"]);
        Assert.Equal(4160 - run["provider_energy_cost_yuan"] - run["capital_cost_yuan"] - run["operations_cost_yuan"], run["profit_yuan"], 6);
    }

    [Fact]
    public void With_checkpoints_the_preempted_spot_job_resumes_from_its_last_checkpoint()
    {
        // A failure model that never fails, only for its hourly checkpoints.
        var spec = Spec(3) with { Infrastructure = new(null, null, FailureSpec.ChipAndServer(null, null, 0, 0, 3600)) };
        var run = SimulationRunner.Run(spec, 0);
        var spot = run.Jobs.Single(j => j.Tenant == "spot");
        var demand = run.Jobs.Single(j => j.Tenant == "demand");
        var done = demand.Submit - spot.Submit;
        var saved = Math.Floor(done / 3600) * 3600;
        Assert.Equal(demand.Submit, demand.Start);
        Assert.Equal(demand.End + 100 * 3600 - saved, spot.End, 6);
        Assert.Equal(1, run["jobs_preempted"]);
        Assert.Equal(8 * (done - saved) / 3600, run["preempted_chip_hours"], 6);
        Assert.Equal(0, run["lost_chip_hours_failures"]);
        Assert.Equal(4000, spot.CostYuan);
    }

    [Fact]
    public void Without_spot_pricing_there_are_no_preemption_metrics()
    {
        var run = SimulationRunner.Run(Support.Specs.Mmc(2, 1, 1, 1, 50, 0), 0);
        Assert.DoesNotContain(run.Metrics, m => m.Name is "jobs_preempted" or "preempted_chip_hours");
    }
}
