using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;

namespace CenterSim.Tests.Support;

/// <summary>Network scenarios built in code: an eastern center with the demand and a western one with cheap, green power.</summary>
public static class NetworkSpecs
{
    /// <summary>
    /// Two centers of 2 racks × 4 servers × 8 chips; east sells at 10 yuan per chip-hour with 0.6 kg CO2/kWh,
    /// west at 8 with 0.1. All tenants sit in the east; one link joins the regions.
    /// </summary>
    public static ScenarioSpec EastWest(string broker, double durationHours = 240, double warmupHours = 24, double arrivalsPerHour = 1.0,
        DistributionSpec? inputGb = null, DistributionSpec? chipHours = null, IReadOnlyList<int>? chips = null, double gbps = 10,
        double latencyMs = 20, double yuanPerGb = 0.05, int replications = 1) => WithNetwork(new ScenarioSpec(
            Name: "east-west-test",
            Seed: 5,
            Replications: replications,
            Stop: new StopSpec(durationHours * 3600, null, warmupHours * 3600, 0),
            Hardware: new Dictionary<string, ServerTypeSpec> { ["s"] = new("s", "chip", 8, 1400, 5600, "cann", 0) },
            Center: Center("east", "east", 1.3, 0.57, 0.6, 10),
            Tenants: new[]
            {
                new TenantGroupSpec("labs", 2, TenantCategory.Startup, null,
                    new TrainingWorkloadSpec(arrivalsPerHour, chips ?? new[] { 1, 8, 16 }, (chips ?? new[] { 1, 8, 16 }).Select(_ => 1.0).ToArray(),
                        chipHours ?? new LogNormalDistribution(40, 60)) { InputGb = inputGb })
                { Region = "east" },
            },
            Policies: Specs.Policies(10) with { Broker = new PolicyChoice(broker, new Dictionary<string, double>()) },
            Output: new OutputSpec(true)),
        new[] { Center("east", "east", 1.3, 0.57, 0.6, 10), Center("west", "west", 1.2, 0.4, 0.1, 8) },
        new[] { new WanLinkSpec("east", "west", gbps, latencyMs, yuanPerGb) });

    public static CenterSpec Center(string name, string region, double pue, double tariff, double carbon, double price) =>
        new(name, region, pue, tariff, new RackSpec(2, 4, "s", 400))
        {
            CarbonKgPerKwh = carbon,
            Pricing = new PolicyChoice("fixed", new Dictionary<string, double> { ["yuan_per_chip_hour"] = price }),
        };

    public static ScenarioSpec WithNetwork(ScenarioSpec spec, IReadOnlyList<CenterSpec> centers, IReadOnlyList<WanLinkSpec> links) =>
        spec with { Center = centers[0], Network = new NetworkSpec(centers, links) };
}
