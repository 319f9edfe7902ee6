using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Infrastructure;

/// <summary>Small centers with infrastructure sections, built in code.</summary>
public static class InfraSpecs
{
    /// <summary>The calibrated interconnect preset of scenarios/ascend-910-center.yaml.</summary>
    public static TopologySpec Ascend { get; } = new(720, 2, 100, 5, 10, 2, 2, 0);

    public static ScenarioSpec Center(int racks, int serversPerRack, int[] chips, double chipHours, double arrivalsPerHour, long jobs, InfrastructureSpec infra, string scheduling = "fifo") =>
        new ScenarioSpec(
            Name: "infra",
            Seed: 5,
            Replications: 1,
            Stop: new StopSpec(null, jobs, 0, 0),
            Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1000, 3000, "cann", 0) },
            Center: new CenterSpec("c", "", 1.25, 0.5, new RackSpec(racks, serversPerRack, "s", 1600)),
            Tenants: new[]
            {
                new TenantGroupSpec("t", 1, TenantCategory.Research, null,
                    new TrainingWorkloadSpec(arrivalsPerHour, chips, chips.Select(_ => 1.0).ToArray(), new FixedDistribution(chipHours))),
            },
            Policies: Specs.Policies(10) with { Scheduling = PolicyChoice.Named(scheduling) },
            Output: new OutputSpec(true))
        {
            Infrastructure = infra,
        };

    public static PowerSpec Power(double? rackCapKw = null, CappingMode capping = CappingMode.None, PowerManagementSpec? management = null) =>
        new(null, management ?? PowerManagementSpec.Default, rackCapKw, null, capping, null, null, null, null);
}
