using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Simulation;

public class NetworkLinksSpec
{
    [Fact]
    public void Gangs_spanning_racks_load_their_uplinks_and_the_spine()
    {
        // Two racks of one 8-chip server each. a and c need 16 chips, so they span both racks (traffic on
        // both uplinks and the spine); b fits one server (no network traffic). a runs 1 h, c runs 2 h.
        var trace = new TraceWorkloadSpec("in-code", "generic", TenantCategory.Research, new[]
        {
            new TraceJobSpec("lab", 0, 16, 16),
            new TraceJobSpec("lab", 7200, 8, 8),
            new TraceJobSpec("lab", 10800, 16, 32),
        }, 0);
        var spec = Specs.Mmc(1, 8, 1, 1, jobs: 3, warmupJobs: 0) with
        {
            Tenants = Array.Empty<TenantGroupSpec>(),
            Center = new CenterSpec("c", "", 1.5, 0.5, new RackSpec(2, 1, "s", 400)),
            Trace = trace,
        };
        var run = StudyRunner.Run(spec, 1)[0];
        Assert.Equal(3, run["jobs_completed"]);
        Assert.Equal(3.0, run["spine_flow_hours"], 9);
        Assert.Equal(6.0, run["uplink_flow_hours"], 9);
    }

    [Fact]
    public void Links_read_their_flows_in_batches_and_meter_every_one()
    {
        // 100 gangs of 16 chips over the same two one-server racks, one an hour, each running exactly 1 h:
        // 200 flow changes per link, so each link is told to read its log three times and reads the
        // rest when asked for its usage. Every gang loads both uplinks and the spine for its hour.
        const int jobs = 100;
        var trace = new TraceWorkloadSpec("in-code", "generic", TenantCategory.Research,
            Enumerable.Range(0, jobs).Select(i => new TraceJobSpec("lab", i * 3600.0, 16, 16)).ToArray(), 0);
        var spec = Specs.Mmc(1, 8, 1, 1, jobs: jobs, warmupJobs: 0) with
        {
            Tenants = Array.Empty<TenantGroupSpec>(),
            Center = new CenterSpec("c", "", 1.5, 0.5, new RackSpec(2, 1, "s", 400)),
            Trace = trace,
        };
        Assert.True(2 * jobs > 3 * CenterSim.Simulation.Actors.LinkActor.BatchSize);
        var run = StudyRunner.Run(spec, 1)[0];
        Assert.Equal(jobs, run["jobs_completed"]);
        Assert.Equal(jobs, run["spine_flow_hours"], 9);
        Assert.Equal(2.0 * jobs, run["uplink_flow_hours"], 9);
    }
}
