using CenterSim.Model.Market;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Market;

public sealed class MarketRunTests
{
    /// <summary>The small center for 60 days with monthly budgets, price-sensitive tenants and a Shenzhen-like program.</summary>
    private static ScenarioSpec Spec(string allocation = "equal-split", double misuse = 0.3)
    {
        var baseSpec = Specs.SmallCenter(60 * 24, 0, replications: 1);
        var sensitive = new TenantMarketSpec(20_000, new LogNormalDistribution(8, 3), new[] { "cuda" }, 0.1, 12, 0.5);
        var program = new VoucherProgramSpec("test", PolicyChoice.Named(allocation), 600_000, 200_000, 0.5, null,
            new Dictionary<TenantCategory, double> { [TenantCategory.Startup] = 0.6 }, null, null, false, true, misuse, 0.5, 100);
        return baseSpec with
        {
            Hardware = new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 2_000_000) },
            Tenants = baseSpec.Tenants.Select(t => t with { Market = sensitive }).ToArray(),
            Market = new MarketSpec(30 * 86400, new EconomicsSpec(5, 50_000), program, true),
        };
    }

    [Fact]
    public void The_providers_books_cover_the_measurement_window_like_the_revenue()
    {
        // 40 days with 10 days of warm-up: costs, revenue and profit are the window's 30 days.
        var spec = Spec();
        spec = spec with { Stop = new StopSpec(40 * 86400, null, 10 * 86400, 0) };
        var run = SimulationRunner.Run(spec, 0);
        Assert.Equal(30 * 24, run["window_hours"], 9);
        Assert.Equal(8 * 2_000_000 / 5.0 * 30 / 365, run["capital_cost_yuan"], 6);
        Assert.Equal(8 * 50_000 * 30 / 365.0, run["operations_cost_yuan"], 6);
        Assert.Equal(run["energy_cost_yuan"], run["provider_energy_cost_yuan"], 9);
        Assert.Equal(run["revenue_yuan"], run["provider_revenue_yuan"], 9);
        var costs = run["capital_cost_yuan"] + run["operations_cost_yuan"] + run["provider_energy_cost_yuan"];
        Assert.Equal(run["revenue_yuan"] - costs, run["profit_yuan"], 6);
        // Below break-even exactly when the utilization is below the break-even utilization.
        Assert.Equal(run["profit_yuan"] < 0 ? 1 : 0, run["below_break_even"]);
        Assert.Equal(run["utilization"] < run["break_even_utilization"], run["profit_yuan"] < 0);
        Assert.NotEqual(run["profit_yuan"], run["ledger_profit_yuan"]);

        // The hourly series carries tenants' cash and the provider's cumulative profit; at the end it is the book's.
        var profit = run.Series.IndexOf("provider_profit_yuan");
        var cash = run.Series.IndexOf("tenant_cash_yuan");
        Assert.Equal(40 * 24, run.Series.Rows.Count);
        Assert.All(run.Series.Rows, r => Assert.True(r[cash] >= 0));
        Assert.Equal(run["ledger_profit_yuan"], run.Series.Rows[^1][profit], 0);
    }

    [Theory]
    [InlineData("equal-split")]
    [InlineData("first-come")]
    [InlineData("lottery")]
    [InlineData("merit-rebate")]
    public void Money_in_the_metrics_adds_up_to_the_cent(string allocation)
    {
        var run = SimulationRunner.Run(Spec(allocation), 0);
        // The run's own ledger check passed (it would have failed the run); the metrics agree with each other:
        Assert.Equal(run["revenue_yuan"], run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 6);
        var costs = run["capital_cost_yuan"] + run["operations_cost_yuan"] + run["provider_energy_cost_yuan"];
        Assert.Equal(run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"] - costs, run["profit_yuan"], 6);
        Assert.True(run["voucher_issued_yuan"] + 1e-9 >= run["voucher_redeemed_yuan"] + run["voucher_expired_yuan"] + run["voucher_misused_yuan"]);
        Assert.True(run["voucher_redeemed_yuan"] > 0);
        // Two periods of capital: 8 servers x 2 M / 5 years x 60 days.
        Assert.Equal(8 * 2_000_000 / 5.0 * 60 / 365, run["capital_cost_yuan"], 2);
        // The ledger's energy, booked each period in cents, is the meter's energy cost.
        Assert.Equal(run["energy_cost_yuan"], run["provider_energy_cost_yuan"], 1);
        var byCategory = run.Metrics.Where(m => m.Name.StartsWith("chip_hours_by_category.", StringComparison.Ordinal)).Sum(m => m.Value);
        Assert.Equal(run["chip_hours_sold"], byCategory, 6);
        Assert.Equal(run["jobs_abandoned"], run.Jobs.Count(j => j.Status == JobStatus.Abandoned));
        Assert.True(run["jobs_abandoned"] > 0);
        // The ledger against the bills recomputed from the jobs' own rows: at a fixed 10 yuan per chip-hour every job that
        // was bought paid 10 x its chip-hours (in cents), and those bills are all the book's revenue (no warm-up here).
        var bought = run.Jobs.Where(j => j.Status is JobStatus.Completed or JobStatus.Unfinished).ToArray();
        Assert.All(bought, j => Assert.Equal(Math.Round(10 * j.ChipHours, 2, MidpointRounding.AwayFromZero), j.CostYuan, 9));
        Assert.Equal(bought.Sum(j => Math.Round(10 * j.ChipHours, 2, MidpointRounding.AwayFromZero)), run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 4);
        // Every arrival is submitted, abandoned or not.
        Assert.Equal(run["jobs_completed"] + run["jobs_rejected"] + run["jobs_abandoned"] + run["jobs_unfinished"], run["jobs_submitted"]);
        Assert.Equal(run["jobs_submitted"], run.Jobs.Count);
        // Every job that never ran says why; price-sensitive tenants with a 12 h patience give up on price, budget or patience.
        Assert.All(run.Jobs.Where(j => j.Status is JobStatus.Abandoned or JobStatus.Rejected), j => Assert.NotEqual(RefusalReason.None, j.Reason));
        Assert.All(run.Jobs.Where(j => j.Status is JobStatus.Completed or JobStatus.Unfinished), j => Assert.Equal(RefusalReason.None, j.Reason));
        Assert.DoesNotContain(run.Jobs, j => j.Reason == RefusalReason.Ecosystem);
    }

    [Fact]
    public void The_counterfactual_is_the_same_seed_without_vouchers_and_the_same_run_twice_is_identical()
    {
        var spec = Spec();
        var run = SimulationRunner.Run(spec, 0);
        var baseline = SimulationRunner.Run(Counterfactual.WithoutVouchers(spec), 0);
        Assert.Equal(run["chip_hours_sold"] - baseline["chip_hours_sold"], run["additional_chip_hours"], 6);
        Assert.Equal(run["voucher_redeemed_yuan"] / run["additional_chip_hours"], run["subsidy_yuan_per_additional_chip_hour"], 9);
        Assert.Equal(0, baseline["voucher_issued_yuan"]);
        Assert.Equal(run.Metrics, SimulationRunner.Run(spec, 0).Metrics);
    }

    [Fact]
    public void Jain_index_of_hand_worked_shares()
    {
        // Shares 1 and 0.5 (a third tenant wanted nothing): (1.5)^2 / (2 x 1.25) = 0.9.
        Assert.Equal(0.9, CenterSim.Simulation.Market.MarketPublisher.Jain(new[] { 10.0, 5, 0 }, new[] { 10.0, 10, 0 }), 12);
    }
}
