using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// The M/M/c model both engines run: 8 servers × 8 chips (c = 64), one tenant with Poisson arrivals
/// at 57.6 per hour of one-chip jobs with exponential work of mean 1 chip-hour (load 0.9), FIFO,
/// first-fit, no warm-up.
/// </summary>
public static class BenchmarkModel
{
    public static ScenarioSpec Spec(long jobs, ulong seed) => new(
        Name: "bench-mmc-64",
        Seed: seed,
        Replications: 1,
        Stop: new StopSpec(null, jobs, 0, 0),
        Hardware: new Dictionary<string, ServerTypeSpec>
        {
            ["gpu8"] = new("gpu8", "generic", 8, 1000, 5000, "cuda", 0),
        },
        Center: new CenterSpec("bench", "", 1.2, 0.5, new RackSpec(1, 8, "gpu8", 400)),
        Tenants: new[]
        {
            new TenantGroupSpec("load", 1, TenantCategory.Enterprise, null,
                new TrainingWorkloadSpec(57.6, new[] { 1 }, new[] { 1.0 }, new ExponentialDistribution(1.0))),
        },
        Policies: new PoliciesSpec(PolicyChoice.Named("fifo"), PolicyChoice.Named("first-fit"), new PolicyChoice("fixed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 10 })),
        Output: new OutputSpec(false));
}
