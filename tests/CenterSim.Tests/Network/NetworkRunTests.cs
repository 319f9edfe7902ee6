using CenterSim.Model.Results;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>Whole network runs: an eastern center with all the demand, a cheaper and greener western one, one link between.</summary>
public class NetworkRunTests
{
    [Fact]
    public void Local_only_reproduces_the_home_center_run_alone()
    {
        var network = SimulationRunner.Run(NetworkSpecs.EastWest("local-only", inputGb: new FixedDistribution(500)), 0);
        var spec = NetworkSpecs.EastWest("local-only");
        var alone = SimulationRunner.Run(spec with { Network = null, Policies = spec.Policies with { Pricing = spec.Center.Pricing! } }, 0);

        // Tenants draw from the same streams and the east center decides alone, so it sees exactly the lone run.
        foreach (var m in new[] { "utilization", "mean_wait_hours", "jobs_completed", "jobs_unfinished", "facility_energy_kwh", "revenue_yuan" })
        {
            Assert.Equal(alone[m], network["east." + m], 9);
        }
        Assert.Equal(alone["jobs_submitted"], network["jobs_submitted"]);
        Assert.Equal(0, network["jobs_moved"]);
        Assert.Equal(0, network["data_moved_tb"]);
        Assert.Equal(0, network["west.utilization"]);
        Assert.Equal(0, network["wan.east>west.utilization"]);
        Assert.True(alone["mean_wait_hours"] > 1, "the east is busy enough for moving work to matter");
    }

    [Fact]
    public void A_lone_transfer_takes_size_over_bandwidth_plus_latency()
    {
        // 100 GB over 10 Gb/s is 80 s, plus 20 ms latency. Jobs are rare (0.02 per hour per tenant) and short
        // (1 chip-hour), so each moves alone and finds the west idle: its wait is exactly the transfer.
        var r = SimulationRunner.Run(NetworkSpecs.EastWest("greenest", durationHours: 2000, warmupHours: 0, arrivalsPerHour: 0.02,
            inputGb: new FixedDistribution(100), chipHours: new FixedDistribution(1), chips: new[] { 1 }), 0);
        var jobs = r.Jobs.Where(j => j.Status == JobStatus.Completed).ToList();
        Assert.True(jobs.Count > 50, $"{jobs.Count} jobs");
        Assert.All(jobs, j => Assert.Equal(80.02, j.Start - j.Submit, 6));
        Assert.Equal(jobs.Count, r["west.jobs_completed"]);
        // The network's work done and open jobs are the centers' together: each completed job did 1 chip-hour.
        Assert.Equal(jobs.Count, r["completed_chip_hours"], 9);
        Assert.Equal(r["jobs_unfinished"], r["jobs_open_queued"] + r["jobs_open_running"] + r["jobs_in_transit"]);
        Assert.All(r.Jobs, j => Assert.Equal("west", j.Center));
        using var csv = new MemoryStream();
        CenterSim.Reporting.Files.JobsCsvWriter.Write(new[] { r }, csv);
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split('\n');
        Assert.EndsWith(",status,reason,center", lines[0].TrimEnd('\r'));
        Assert.EndsWith(",west", lines[1].TrimEnd('\r'));
        Assert.Equal(80.02 / 3600, r["mean_transfer_hours"], 9);
        Assert.Equal(r["jobs_moved"] * 0.1, r["data_moved_tb"], 9);
        // Fee: 100 GB × 0.05 yuan per job moved.
        Assert.Equal(r["jobs_moved"] * 5, r["transfer_yuan"], 6);
        // Bits carried: 100 GB = 0.1 TB per job (and nothing comes back east).
        Assert.Equal(r["jobs_moved"] * 0.1, r["wan.east>west.data_tb"], 6);
        Assert.Equal(0, r["wan.west>east.data_tb"]);
    }

    [Fact]
    public void A_shared_link_behaves_as_a_processor_sharing_queue()
    {
        // Every job goes west over one 10 Gb/s link; sizes are exponential with mean 100 GB (80 s alone) and
        // jobs arrive as Poisson at 2 × 11.25 = 22.5 per hour, so the link's load is ρ = 22.5 × 80 / 3600 = 0.5.
        // Flows sharing one link equally are M/G/1 processor sharing: mean time in system 80 / (1 − ρ) = 160 s,
        // busy share ρ, and by Little's law λW = 1 transfer under way on average. Jobs are tiny, so the
        // western center never queues and a job's wait is its transfer plus 20 ms latency.
        var r = SimulationRunner.Run(NetworkSpecs.EastWest("greenest", durationHours: 4000, warmupHours: 100, arrivalsPerHour: 11.25,
            inputGb: new ExponentialDistribution(100), chipHours: new FixedDistribution(0.01), chips: new[] { 1 }), 0);
        Assert.True(r["jobs_moved"] > 80_000, $"{r["jobs_moved"]} jobs");
        Assert.Equal(160.02 / 3600, r["mean_transfer_hours"], 0.05 * 160 / 3600);
        Assert.Equal(r["mean_transfer_hours"], r["mean_wait_hours"], 1e-9);
        Assert.Equal(0.5, r["wan.east>west.busy_share"], 0.03);
        Assert.Equal(0.5, r["wan.east>west.utilization"], 0.03);
        Assert.Equal(1.0, r["wan.east>west.mean_transfers"], 0.06);
        // Little's law on the link itself, from the run's own numbers (the latency is spent off the link).
        var lambda = r["jobs_moved"] / (r["window_hours"] * 3600);
        Assert.Equal(lambda * (r["mean_transfer_hours"] * 3600 - 0.02), r["wan.east>west.mean_transfers"], 0.02);
    }

    [Fact]
    public void Jobs_money_and_carbon_add_up_across_the_network()
    {
        foreach (var broker in new[] { "cheapest", "greenest", "shortest-wait", "weighted" })
        {
            var r = SimulationRunner.Run(NetworkSpecs.EastWest(broker, inputGb: new LogNormalDistribution(200, 300)), 0);
            Assert.Equal(r["jobs_submitted"] - r["jobs_unplaceable"], r["east.jobs_placed"] + r["west.jobs_placed"]);
            Assert.Equal(r["jobs_moved"], r["west.jobs_in"]);
            Assert.Equal(0, r["east.jobs_in"]);
            Assert.Equal(r["data_moved_tb"], r["west.data_in_tb"], 9);
            Assert.Equal(r["revenue_yuan"] + r["transfer_yuan"], r["tenant_cost_yuan"], 6);
            Assert.Equal(r["east.facility_energy_kwh"] * 0.6, r["east.carbon_kg"], 6);
            Assert.Equal(r["west.facility_energy_kwh"] * 0.1, r["west.carbon_kg"], 6);
            Assert.Equal(r["east.carbon_kg"] + r["west.carbon_kg"], r["carbon_kg"], 6);
            Assert.Equal((r["east.utilization"] + r["west.utilization"]) / 2, r["utilization"], 12);
            // Data can only move while there are moved jobs; link tallies match the broker's.
            Assert.Equal(r["data_moved_tb"], r["wan.east>west.data_tb"], 1);
            Assert.True(r["jobs_moved"] > 0, broker);
        }
    }

    [Fact]
    public void Greener_and_cheaper_brokers_beat_local_only_on_their_own_measure()
    {
        var local = Run("local-only");
        Assert.True(Run("greenest")["carbon_kg"] < 0.6 * local["carbon_kg"]);
        Assert.True(Run("cheapest")["tenant_cost_yuan"] < local["tenant_cost_yuan"]);
        Assert.True(Run("shortest-wait")["mean_wait_hours"] < 0.1 * local["mean_wait_hours"]);
    }

    [Fact]
    public void Every_center_gets_the_infrastructure_section_topology_caps_and_failures()
    {
        // Rack caps of 30 kW throttle (8 servers × 5.6 kW = 44.8 kW peak), servers fail every 20 days on average.
        var infra = new CenterSim.Model.Infrastructure.InfrastructureSpec(
            CenterSim.Tests.Infrastructure.InfraSpecs.Ascend,
            CenterSim.Tests.Infrastructure.InfraSpecs.Power(rackCapKw: 30, capping: CenterSim.Model.Infrastructure.CappingMode.Throttle),
            CenterSim.Model.Infrastructure.FailureSpec.ChipAndServer(null, 20 * 86400.0, 3600, 4 * 3600, 3600));
        var spec = NetworkSpecs.EastWest("weighted", inputGb: new LogNormalDistribution(200, 300)) with { Infrastructure = infra };
        var r = SimulationRunner.Run(spec, 0);
        Assert.True(r["jobs_moved"] > 0);
        Assert.True(r["west.utilization"] > 0.3);
        Assert.Equal(r["jobs_submitted"] - r["jobs_unplaceable"], r["east.jobs_placed"] + r["west.jobs_placed"]);
        var plain = SimulationRunner.Run(NetworkSpecs.EastWest("weighted", inputGb: new LogNormalDistribution(200, 300)), 0);
        // Throttling and failures cost work: less compute is delivered per allocated chip-hour.
        Assert.True(r["effective_utilization"] < r["utilization"]);
        Assert.Equal(plain["utilization"], plain["effective_utilization"], 12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_network_run()
    {
        var a = Run("weighted");
        var b = Run("weighted");
        Assert.Equal(a.Metrics, b.Metrics);
        Assert.Equal(a.Jobs, b.Jobs);
    }

    private static RunResult Run(string broker) => SimulationRunner.Run(NetworkSpecs.EastWest(broker, inputGb: new LogNormalDistribution(200, 300)), 0);
}
