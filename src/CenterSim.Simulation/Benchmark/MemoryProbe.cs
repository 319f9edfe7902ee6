using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// Measures retained memory: per server actor (a center of many servers against one of few) and per
/// waiting job (an overloaded center whose queue only grows). Differences of live heap after a full GC.
/// </summary>
public static class MemoryProbe
{
    public static double BytesPerServerActor(int servers)
    {
        var small = Footprint(Center(servers / 10, arrivalsPerHour: 0.001), s => { });
        var large = Footprint(Center(servers, arrivalsPerHour: 0.001), s => { });
        return (large.Bytes - small.Bytes) / (servers - servers / 10.0);
    }

    public static double BytesPerWaitingJob(int jobs)
    {
        // One server of 8 chips, 3600 arrivals per hour of 8-chip jobs lasting a year: after the first,
        // every job waits. Run one and ten hours' worth of arrivals and compare.
        var spec = Center(1, arrivalsPerHour: jobs / 10.0);
        var few = Footprint(spec, s => s.RunUntil(3600));
        var many = Footprint(spec, s => s.RunUntil(36000));
        return (many.Bytes - few.Bytes) / (many.Queued - few.Queued);
    }

    private static (double Bytes, double Queued) Footprint(ScenarioSpec spec, Action<RunSession> advance)
    {
        using var session = new RunSession(spec, 0);
        advance(session);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytes = GC.GetTotalMemory(true);
        var queued = session.Ask<SchedulerProtocol.Snapshot>(session.Context.Directory.Scheduler, new SchedulerProtocol.SnapshotRequest(0)).Queued;
        GC.KeepAlive(session);
        return (bytes, queued);
    }

    private static ScenarioSpec Center(int servers, double arrivalsPerHour) => new(
        Name: "memory-probe",
        Seed: 1,
        Replications: 1,
        Stop: new StopSpec(365 * 86400.0, null, 0, 0),
        Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1000, 5000, "cuda", 0) },
        Center: new CenterSpec("probe", "", 1.2, 0.5, new RackSpec(1, servers, "s", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("t", 1, TenantCategory.Sme, null,
                new TrainingWorkloadSpec(arrivalsPerHour, new[] { 8 }, new[] { 1.0 }, new FixedDistribution(8 * 24 * 365))),
        },
        Policies: new PoliciesSpec(PolicyChoice.Named("fifo"), PolicyChoice.Named("first-fit"),
            new PolicyChoice("fixed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 0 })),
        Output: new OutputSpec(false));
}
