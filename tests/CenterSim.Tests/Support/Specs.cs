using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;

namespace CenterSim.Tests.Support;

/// <summary>Scenario specs built in code for engine tests.</summary>
public static class Specs
{
    /// <summary>An M/M/c center: c one-chip servers' worth of chips, Poisson arrivals, exponential work.</summary>
    public static ScenarioSpec Mmc(int servers, int chipsPerServer, double arrivalsPerHour, double meanHours, long jobs, long warmupJobs, int replications = 1, ulong seed = 7) => new(
        Name: "mmc-test",
        Seed: seed,
        Replications: replications,
        Stop: new StopSpec(null, jobs, 0, warmupJobs),
        Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", chipsPerServer, 1000, 3000, "cuda", 0) },
        Center: new CenterSpec("c", "", 1.5, 0.5, new RackSpec(1, servers, "s", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("t", 1, TenantCategory.Sme, null,
                new TrainingWorkloadSpec(arrivalsPerHour, new[] { 1 }, new[] { 1.0 }, new ExponentialDistribution(meanHours))),
        },
        Policies: Policies(10),
        Output: new OutputSpec(true));

    public static PoliciesSpec Policies(double price) => new(
        PolicyChoice.Named("fifo"),
        PolicyChoice.Named("first-fit"),
        new PolicyChoice("fixed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = price }));

    /// <summary>A small center with several tenants, gangs up to two servers and a fixed duration.</summary>
    public static ScenarioSpec SmallCenter(double durationHours, double warmupHours, int replications = 2, ulong seed = 11, double? budget = null) => new(
        Name: "small",
        Seed: seed,
        Replications: replications,
        Stop: new StopSpec(durationHours * 3600, null, warmupHours * 3600, 0),
        Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 0) },
        Center: new CenterSpec("c", "", 1.25, 0.65, new RackSpec(2, 4, "s", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("a", 2, TenantCategory.Startup, budget,
                new TrainingWorkloadSpec(1.0, new[] { 1, 4, 8 }, new[] { 0.5, 0.3, 0.2 }, new LogNormalDistribution(10, 10))),
            new TenantGroupSpec("b", 1, TenantCategory.University, null,
                new TrainingWorkloadSpec(0.5, new[] { 8, 16 }, new[] { 1.0, 1.0 }, new ExponentialDistribution(40))),
        },
        Policies: Policies(10),
        Output: new OutputSpec(true));
}
