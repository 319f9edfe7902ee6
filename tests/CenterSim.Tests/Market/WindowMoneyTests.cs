using CenterSim.Model.Results;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Network;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Market;

/// <summary>The market's money flows cover the measurement window, on the footing of <c>revenue_yuan</c>.</summary>
public sealed class WindowMoneyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("centersim-window-money-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// One 8-chip server at 10 yuan a chip-hour for 70 h with a day of warm-up, daily periods and a program awarding its
    /// only tenant 100 yuan a day (5 yuan of audit each), paying half of each bill. The trace: a at 0 h (8 chips, 1 h),
    /// b at 36 h (4 chips, 2 h), c at 60 h (2 chips, 1 h).
    /// </summary>
    private RunResult Run()
    {
        File.WriteAllText(Path.Combine(_dir, "jobs.csv"), """
            job_id,submit_s,gpus,duration_s
            a,0,8,3600
            b,129600,4,7200
            c,216000,2,3600
            """);
        var path = Path.Combine(_dir, "window.yaml");
        File.WriteAllText(path, """
            name: window-money
            seed: 1
            duration: 70h
            warmup: 24h
            hardware:
              servers:
                s8: { chip: x, chips: 8, idle_w: 100, peak_w: 900, price_yuan: 0 }
            centers:
              - name: c
                pue: 1.0
                tariff: { flat_yuan_per_kwh: 1 }
                racks: { count: 1, servers_per_rack: 1, server: s8 }
            workload:
              trace: jobs.csv
              format: generic
            policies:
              pricing: { name: fixed, yuan_per_chip_hour: 10 }
            market:
              period: 24h
              vouchers:
                pool_yuan_per_year: 36500
                share: 0.5
                audit_cost_yuan: 5
            """);
        var load = ScenarioLoader.LoadFile(path);
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        return SimulationRunner.Run(load.Spec!, 0);
    }

    [Fact]
    public void A_traces_tenants_buy_without_a_budget_and_get_the_programs_vouchers()
    {
        // They replay work that ran: no budget stops them, and the program pays half of every bill while its wallet lasts.
        var run = Run();
        Assert.Equal(2, run["jobs_submitted"]);
        Assert.Equal(2, run["jobs_completed"]);
        Assert.Equal(new[] { 80.0, 20 }, run.Jobs.OrderBy(j => j.Id).Select(j => j.CostYuan));
        Assert.All(run.Jobs, j => Assert.Equal(RefusalReason.None, j.Reason));
        Assert.True(run["voucher_redeemed_yuan"] > 0);
    }

    [Fact]
    public void Warm_up_flows_are_left_out_and_the_window_bills_split_into_cash_and_vouchers()
    {
        var run = Run();
        // Day 0 (warm-up): 100 awarded, a pays 80 = 40 voucher + 40 cash; 60 left. Day 1 (the window opens at 24 h): the 60
        // expire at 24 h, still warm-up's; 100 awarded; b pays 80 = 40 + 40; 60 left. Day 2: those 60 expire, 100 awarded;
        // c pays 20 = 10 + 10. The window has b and c: 100 of revenue, 50 in cash and 50 in vouchers; 200 issued, 60
        // expired, two audits of 5; 10 chip-hours sold.
        Assert.Equal(100, run["revenue_yuan"], 9);
        Assert.Equal(50, run["revenue_cash_yuan"], 9);
        Assert.Equal(50, run["voucher_redeemed_yuan"], 9);
        Assert.Equal(run["revenue_yuan"], run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 9);
        Assert.Equal(200, run["voucher_issued_yuan"], 9);
        Assert.Equal(60, run["voucher_expired_yuan"], 9);
        Assert.Equal(10, run["audit_cost_yuan"], 9);
        Assert.Equal(0, run["voucher_misused_yuan"]);
        Assert.Equal(10, run["chip_hours_sold"], 9);
        Assert.Equal(10, run["chip_hours_by_category.research"], 9);
        // Energy over the window: 46 h idle at 100 W plus b's and c's busy chips (0.4 kW x 2 h + 0.2 kW x 1 h) = 5.6 kWh at 1 yuan.
        Assert.Equal(100 - 5.6, run["profit_yuan"], 6);
        Assert.Equal(0, run["periods_below_break_even"]);
        // The whole run's book still has a: 180 of revenue less 70 h idle and 1.8 kWh busy energy.
        Assert.Equal(180 - 8.8, run["ledger_profit_yuan"], 6);
    }

    [Fact]
    public void Cash_and_voucher_revenue_add_up_to_the_window_revenue_with_refunds_and_commitments()
    {
        // Committed pricing with a warm-up: bills refunded on reserved chips, commitments paid each period.
        var spec = CenterSim.Tests.Pricing.CommittedPricingTests.Spec(0.01) with { Stop = new(45 * 86400, null, 10 * 86400, 0) };
        var run = SimulationRunner.Run(spec, 0);
        // One period (day 30) of 20 160 yuan starts in the window; the day-0 one is warm-up's.
        Assert.Equal(20_160, run["committed_revenue_yuan"], 9);
        Assert.Equal(run["revenue_yuan"] + run["committed_revenue_yuan"], run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 6);
        Assert.Equal(run["provider_revenue_yuan"], run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 6);
        Assert.Equal(run.Jobs.Sum(j => j.CostYuan), run["revenue_yuan"], 6);
    }

    [Fact]
    public void A_network_markets_cash_and_voucher_revenue_add_up_to_its_window_revenue()
    {
        // Vouchers spendable anywhere that also pay transfer fees, with three days of warm-up: the voucher money
        // redeemed includes what paid the measured jobs' fees, which is the carrier's, not the providers'.
        var text = NetworkMarketTexts.TwoHubs.With("duration: 20d", "duration: 20d\nwarmup: 3d")
            .With("spend_in: own-region", "spend_in: anywhere\n      transfer_fees: true");
        var load = ScenarioLoader.Parse(text, "test.yaml");
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var run = SimulationRunner.Run(load.Spec!, 0);
        Assert.True(run["transfer_voucher_yuan"] > 0);
        Assert.True(run["west.voucher_redeemed_yuan"] > 0);
        Assert.Equal(run["revenue_yuan"], run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"] - run["transfer_voucher_yuan"], 4);
        Assert.Equal(run["provider_revenue_yuan"], run["revenue_yuan"], 4);
        Assert.Equal(run["voucher_redeemed_yuan"], run["east.voucher_redeemed_yuan"] + run["west.voucher_redeemed_yuan"], 4);
        Assert.Equal(run["voucher_redeemed_yuan"], run["east.voucher_spent_yuan"] + run["west.voucher_spent_yuan"], 4);
        // Every measured arrival is counted, those still moving between regions at the end too.
        Assert.Equal(run["jobs_completed"] + run["jobs_rejected"] + run["jobs_abandoned"] + run["jobs_unfinished"] + run["jobs_in_transit"], run["jobs_submitted"]);
    }

    [Fact]
    public void A_pools_voucher_money_is_net_of_what_reserved_chips_gave_back()
    {
        // Two pools under committed pricing with a program paying half of each bill: a job starting on its tenant's
        // reserved chips is refunded in the shares it paid, so the pools' voucher money is the vouchers redeemed.
        var load = ScenarioLoader.Parse("""
            name: pool-vouchers
            seed: 3
            duration: 40d
            warmup: 5d
            hardware:
              servers:
                s8: { chip: x, chips: 8, idle_w: 100, peak_w: 900, price_yuan: 0, ecosystem: cann }
            centers:
              - name: c
                pue: 1.0
                tariff: { flat_yuan_per_kwh: 1 }
                pools:
                  - { name: a, racks: { count: 1, servers_per_rack: 1, server: s8 } }
                  - { name: b, racks: { count: 1, servers_per_rack: 1, server: s8 } }
            market:
              period: 10d
              vouchers:
                pool_yuan_per_year: 365000
                share: 0.5
            tenants:
              - group: reserved
                count: 1
                category: startup
                committed_chips: 4
                training:
                  arrivals_per_hour: 0.05
                  chips: [8]
                  chip_hours: { fixed: 80 }
              - group: other
                count: 2
                category: sme
                training:
                  arrivals_per_hour: 0.2
                  chips: [4]
                  chip_hours: { fixed: 40 }
            policies:
              scheduling: fifo
              pricing: { name: committed, yuan_per_chip_hour: 10, committed_discount: 0.3 }
            """, "pools.yaml");
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var run = SimulationRunner.Run(load.Spec!, 0);
        // Some bills were refunded in part: they are below 10 yuan per chip-hour.
        var bought = run.Jobs.Where(j => j.Status is JobStatus.Completed or JobStatus.Unfinished).ToList();
        Assert.True(bought.Sum(j => j.CostYuan) < 10 * bought.Sum(j => j.ChipHours) - 1_000);
        Assert.Equal(run["voucher_redeemed_yuan"], run["a.voucher_paid_yuan"] + run["b.voucher_paid_yuan"], 6);
        Assert.Equal(run["revenue_yuan"], run["a.revenue_yuan"] + run["b.revenue_yuan"], 6);
    }
}
