using CenterSim.Model.Results;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;

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
}
