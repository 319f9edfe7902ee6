using CenterSim.Model.Results;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>
/// Trace replay in a network: 40 jobs of 8 chips for an hour, one every 30 minutes, from tenants whose home
/// region <c>workload.region</c> gives (east); the east sells at 10 yuan a chip-hour, the west at 8, and the
/// cheapest broker sends every job west (a trace carries no input data, so moving costs nothing).
/// </summary>
public sealed class NetworkTraceTests : IDisposable
{
    private const int Jobs = 40;
    private readonly string _dir = Directory.CreateTempSubdirectory("centersim-network-trace-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Scenario(string extra, string region = "\n  region: east")
    {
        var rows = Enumerable.Range(0, Jobs).Select(i => $"j{i},{i * 1800},8,3600");
        File.WriteAllText(Path.Combine(_dir, "jobs.csv"), "job_id,submit_s,gpus,duration_s\n" + string.Join("\n", rows) + "\n");
        var path = Path.Combine(_dir, "replay.yaml");
        File.WriteAllText(path, $$"""
            name: network-replay
            seed: 1
            duration: 3d
            output: { jobs_csv: true }
            hardware:
              servers:
                a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann, domestic: true, price_yuan: 2000000 }
            centers:
              - name: east
                region: east
                pue: 1.3
                tariff: { flat_yuan_per_kwh: 0.57 }
                pricing: { name: fixed, yuan_per_chip_hour: 10 }
                racks: { count: 1, servers_per_rack: 2, server: a8 }
              - name: west
                region: west
                pue: 1.2
                tariff: { flat_yuan_per_kwh: 0.4 }
                pricing: { name: fixed, yuan_per_chip_hour: 8 }
                racks: { count: 1, servers_per_rack: 2, server: a8 }
            network:
              links:
                - { between: [east, west], gbps: 20, latency_ms: 20, yuan_per_gb: 0.1 }
            workload:
              trace: jobs.csv
              format: generic{{region}}
            policies:
              scheduling: fifo
              broker: cheapest
              pricing: { name: fixed, yuan_per_chip_hour: 10 }
            {{extra}}
            """);
        return path;
    }

    private static RunResult Run(string path)
    {
        var load = ScenarioLoader.LoadFile(path);
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        return SimulationRunner.Run(load.Spec!, 0);
    }

    private static void EveryTraceJobRanOnce(RunResult run)
    {
        Assert.Equal(Enumerable.Range(0, Jobs).Select(i => (long)i), run.Jobs.Select(j => j.Id).Order());
        Assert.All(run.Jobs, j => Assert.Equal(JobStatus.Completed, j.Status));
        Assert.All(run.Jobs, j => Assert.Equal("west", j.Center));
        Assert.Equal(Jobs, run["jobs_completed"]);
        Assert.Equal(Jobs, run["jobs_moved"]);
        Assert.Equal(Jobs, run["west.jobs_in"]);
        // 8 yuan x 8 chip-hours a job.
        Assert.All(run.Jobs, j => Assert.Equal(64, j.CostYuan, 9));
    }

    [Fact]
    public void A_network_replays_every_trace_job_at_some_center()
    {
        var run = Run(Scenario(""));
        EveryTraceJobRanOnce(run);
        Assert.Equal(Jobs * 64, run["revenue_yuan"], 6);
    }

    [Fact]
    public void A_network_market_buys_every_trace_job_at_the_center_the_broker_chose()
    {
        var run = Run(Scenario("market: { period: 1d }"));
        EveryTraceJobRanOnce(run);
        // The balanced book: the bills are the whole cash revenue, and no voucher paid.
        Assert.Equal(Jobs * 64, run["revenue_cash_yuan"], 6);
        Assert.Equal(0, run["voucher_redeemed_yuan"]);
        Assert.Equal(1, run["served_away_share"], 9);
    }

    [Fact]
    public void Trace_tenants_apply_to_their_home_regions_agency()
    {
        // The east's agency pays half of every bill anywhere: the trace's tenant (home east) spends its vouchers in the west.
        var run = Run(Scenario("market:\n  period: 1d\n  vouchers:\n    - { name: east, region: east, share: 0.5, pool_yuan_per_year: 365000, spend_in: anywhere }"));
        EveryTraceJobRanOnce(run);
        Assert.True(run["voucher_redeemed_yuan"] > 0);
        Assert.Equal(run["voucher_redeemed_yuan"], run["west.voucher_spent_yuan"], 6);
        // The book: cash and vouchers together are the bills.
        Assert.Equal(Jobs * 64, run["revenue_cash_yuan"] + run["voucher_redeemed_yuan"], 6);
    }

    [Fact]
    public void A_trace_in_a_network_needs_its_home_region()
    {
        var missing = ScenarioLoader.LoadFile(Scenario("", region: ""));
        var d = Assert.Single(missing.Errors);
        Assert.Equal("'workload' in a scenario with several centers needs 'region': the home region of the trace's tenants, where their jobs' data is (valid: east, west)", d.Message);
        Assert.Equal(24, d.Line);
        var unknown = ScenarioLoader.LoadFile(Scenario("", region: "\n  region: esat"));
        Assert.Contains("'region': no center is in region 'esat'", Assert.Single(unknown.Errors).Message);
    }
}
