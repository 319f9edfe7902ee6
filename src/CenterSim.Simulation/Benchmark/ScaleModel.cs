using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;

namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// The generated centers of <c>bench --scale</c>: racks of 8 servers of 8 chips, ten tenants submitting
/// gangs of 1 to 256 chips (log-normal work, mean 40 chip-hours) at an offered load of 0.98, for a
/// simulated month after a day of warm-up, with the given scheduling and placement. Under a capping mode
/// every rack is capped at <see cref="RackCapKw"/>, below the 44.8 kW a full rack draws, so at this load
/// most racks are held to it most of the time.
/// </summary>
public static class ScaleModel
{
    public const double MeanChipHours = 40;
    public const double Load = 0.98;
    public const double RackCapKw = 36;

    public static ScenarioSpec Spec(int racks, string scheduling, string placement, double days = 30, ulong seed = 1, CappingMode capping = CappingMode.None)
    {
        var chips = racks * 8 * 8;
        var arrivalsPerHour = Load * chips / MeanChipHours / 10;
        return new ScenarioSpec(
            Name: capping == CappingMode.None ? $"scale-{chips}-{scheduling}-{placement}" : $"scale-{chips}-{scheduling}-{placement}-{capping.ToString().ToLowerInvariant()}",
            Seed: seed,
            Replications: 1,
            Stop: new StopSpec((days + 1) * 86400, null, 86400, 0),
            Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 0) },
            Center: new CenterSpec("scale", "", 1.25, 0.5, new RackSpec(racks, 8, "s", 400)),
            Tenants: new[]
            {
                new TenantGroupSpec("t", 10, TenantCategory.Enterprise, null,
                    new TrainingWorkloadSpec(arrivalsPerHour, new[] { 1, 8, 16, 64, 256 }, new[] { 0.3, 0.35, 0.15, 0.15, 0.05 },
                        new LogNormalDistribution(MeanChipHours, 2 * MeanChipHours))),
            },
            Policies: new PoliciesSpec(PolicyChoice.Named(scheduling), PolicyChoice.Named(placement),
                new PolicyChoice("fixed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 10 })),
            Output: new OutputSpec(false))
        {
            Infrastructure = capping == CappingMode.None
                ? InfrastructureSpec.None
                : new InfrastructureSpec(null, new PowerSpec(null, PowerManagementSpec.Default, RackCapKw, null, capping, null, null, null, null), null),
        };
    }
}
