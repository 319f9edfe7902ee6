using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios;
using CenterSim.Simulation.Market;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>Whole network market runs: where vouchers may be spent, what brokers see of them, and the book across centers.</summary>
public class NetworkMarketRunTests
{
    private static ScenarioSpec Load(string text)
    {
        var result = ScenarioLoader.Parse(text, "test.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Spec!;
    }

    [Fact]
    public void Vouchers_spendable_only_at_home_are_never_spent_elsewhere()
    {
        // The cheapest broker sends most work west (8 yuan plus 10 yuan of data against 10 x 20 chip-hours at home).
        var run = SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs), 0);
        Assert.True(run["jobs_moved"] > 50, $"{run["jobs_moved"]} jobs moved");
        Assert.True(run["east.voucher_redeemed_yuan"] > 0);
        Assert.Equal(0, run["west.voucher_redeemed_yuan"]);
        Assert.Equal(0, run["west.voucher_spent_yuan"]);
        // The book says the same: every voucher yuan redeemed was spent in the east (and none on transfers).
        Assert.Equal(run["voucher_redeemed_yuan"], run["east.voucher_spent_yuan"], 6);
        Assert.Equal(0, run["transfer_voucher_yuan"]);

        // Spendable anywhere, they follow the work west.
        var anywhere = SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs.With("spend_in: own-region", "spend_in: anywhere")), 0);
        Assert.True(anywhere["west.voucher_spent_yuan"] > 0);
        Assert.Equal(anywhere["voucher_redeemed_yuan"], anywhere["east.voucher_spent_yuan"] + anywhere["west.voucher_spent_yuan"], 6);
    }

    [Fact]
    public void A_tenant_cost_broker_keeps_work_where_the_voucher_pays()
    {
        // Home-only vouchers of 60% make the east cost a startup 4 yuan a chip-hour: the tenant-cost broker keeps its work
        // there while the voucher lasts, the cheapest broker (blind to vouchers) sends it west.
        var cheapest = SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs), 0);
        var tenantCost = SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs.With("broker: cheapest", "broker: tenant-cost")), 0);
        Assert.True(tenantCost["served_away_share"] < cheapest["served_away_share"] - 0.1,
            $"tenant-cost {tenantCost["served_away_share"]}, cheapest {cheapest["served_away_share"]}");
        Assert.True(tenantCost["voucher_redeemed_yuan"] > cheapest["voucher_redeemed_yuan"]);
        // Without vouchers (the counterfactual) the two brokers are the same rule, so they sell the same.
        Assert.Equal(cheapest["counterfactual_chip_hours_sold"], tenantCost["counterfactual_chip_hours_sold"], 6);
        Assert.Equal(tenantCost["additional_chip_hours"], tenantCost["chip_hours_sold"] - tenantCost["counterfactual_chip_hours_sold"], 6);
    }

    [Fact]
    public void The_book_balances_and_agrees_with_the_bills_recomputed_from_the_jobs()
    {
        // Local-only: no job is ever in transit, so every bought job is in a center's rows. Each paid its center's
        // fixed price times its chip-hours, in cents, and those bills are the book's whole revenue (no warm-up here).
        var run = SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs.With("broker: cheapest", "broker: local-only")), 0);
        Assert.Equal(0, run["jobs_moved"]);
        var bought = run.Jobs.Where(j => j.Status is JobStatus.Completed or JobStatus.Unfinished).ToArray();
        Assert.True(bought.Length > 100);
        var price = new Dictionary<string, double> { ["east"] = 10, ["west"] = 8 };
        Assert.All(bought, j => Assert.Equal(Math.Round(price[j.Center!] * j.ChipHours, 2, MidpointRounding.AwayFromZero), j.CostYuan, 9));
        Assert.Equal(bought.Sum(j => j.CostYuan), run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 4);
        // The centers' books add up to the network's, and profit is revenue less each center's costs.
        Assert.Equal(run["east.profit_yuan"] + run["west.profit_yuan"], run["profit_yuan"], 4);
        var costs = run["capital_cost_yuan"] + run["operations_cost_yuan"] + run["provider_energy_cost_yuan"];
        Assert.Equal(run["provider_revenue_yuan"] - costs, run["profit_yuan"], 4);
        Assert.Equal(run["east.below_break_even"] + run["west.below_break_even"], run["hubs_below_break_even"]);
        // West's tenants run on domestic chips only; all chip-hours of a local-only run are bought at home.
        Assert.Equal(0, run["served_away_share"]);
        Assert.Equal(1, run["domestic_chip_hours_share"], 9);
        // The hourly series carries tenants' cash and the providers' cumulative profit; at the end it is the book's.
        var profit = run.Series.IndexOf("provider_profit_yuan");
        var cash = run.Series.IndexOf("tenant_cash_yuan");
        Assert.Equal(20 * 24, run.Series.Rows.Count);
        Assert.All(run.Series.Rows, r => Assert.True(r[cash] >= 0));
        Assert.Equal(run["ledger_profit_yuan"], run.Series.Rows[^1][profit], 0);
        // The same run twice is the same.
        Assert.Equal(run.Metrics, SimulationRunner.Run(Load(NetworkMarketTexts.TwoHubs.With("broker: cheapest", "broker: local-only")), 0).Metrics);
    }

    [Fact]
    public void A_tenant_is_offered_only_centers_with_a_pool_it_runs_on()
    {
        // CUDA-only firms in the east, whose hub has only Ascend chips: even the local-only broker sends them to the
        // west's H100 pool, where they buy; none gives up for want of its ecosystem.
        var text = NetworkMarketTexts.TwoHubs.With("broker: cheapest", "broker: local-only").With("\npolicies:", """

              - group: cuda-firms
                region: east
                count: 2
                category: enterprise
                ecosystems: [cuda]
                training:
                  arrivals_per_hour: 0.2
                  chips: [8]
                  chip_hours: { fixed: 16 }
                  input_gb: { fixed: 50 }
            policies:
            """);
        var run = SimulationRunner.Run(Load(text), 0);
        Assert.DoesNotContain(run.Jobs, j => j.Reason == RefusalReason.Ecosystem);
        var firms = run.Jobs.Where(j => j.Category == TenantCategory.Enterprise && j.Status == JobStatus.Completed).ToList();
        Assert.True(firms.Count > 20, $"{firms.Count} jobs");
        Assert.All(firms, j => Assert.Equal("west", j.Center));
        Assert.Equal(firms.Sum(j => j.ChipHours), run["chip_hours_by_category.enterprise"], 6);
        Assert.Equal(9 * 16, firms[0].CostYuan, 9);
    }

    [Fact]
    public void The_ledger_keeps_centers_and_transfer_fees_apart_and_checks_they_add_up()
    {
        var ledger = new Ledger(tenants: 1, centers: 2);
        ledger.Fund(0, 10_000);
        ledger.Award(0, 3_000);
        ledger.Buy(0, job: 1, cashCents: 4_000, voucherCents: 1_000, center: 1);
        ledger.PayTransfer(0, cashCents: 500, voucherCents: 200, center: 1);
        ledger.Buy(0, job: 2, cashCents: 1_000, voucherCents: 500, center: 0);
        ledger.ProviderPays(LedgerAccount.EnergySupplier, 300, center: 1);
        Assert.Empty(ledger.Verify());
        Assert.Equal(4_700, ledger.ProviderOf(1));
        Assert.Equal(1_500, ledger.ProviderOf(0));
        Assert.Equal(1_200, ledger.VoucherSpentAt(1));
        Assert.Equal(500, ledger.VoucherSpentAt(0));
        Assert.Equal(700, ledger[LedgerAccount.Carrier]);
        Assert.Equal(10_000 - 4_000 - 500 - 1_000, ledger.CashOf(0));
        Assert.Equal(3_000 - 1_000 - 200 - 500, ledger.WalletOf(0));
    }
}
