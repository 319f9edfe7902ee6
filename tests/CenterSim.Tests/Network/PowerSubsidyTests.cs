using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using Xunit;

namespace CenterSim.Tests.Network;

public class PowerSubsidyTests
{
    /// <summary>One center, two idle pools: 2 domestic servers at 1,400 W and 2 imported ones at 1,000 W, PUE 1.2, 0.5 yuan/kWh.</summary>
    private const string IdleCenter = """
        name: subsidy-test
        seed: 3
        duration: 100h
        hardware:
          servers:
            a8: { chip: ascend-910b, chips: 8, idle_w: 1400, peak_w: 5600, ecosystem: cann, domestic: true }
            s8: { chip: h100, chips: 8, idle_w: 1000, peak_w: 6000, domestic: false }
        centers:
          - name: hub
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            domestic_power_subsidy: 0.5
            pools:
              - { name: domestic, racks: { count: 1, servers_per_rack: 2, server: a8 } }
              - { name: imported, racks: { count: 1, servers_per_rack: 2, server: s8 } }
        tenants:
          - group: nobody
            category: research
            training: { arrivals_per_hour: 0.000001, chips: [8], chip_hours: { fixed: 1 } }
        policies:
          scheduling: fifo
          pricing: { name: fixed, yuan_per_chip_hour: 10 }
        """;

    [Fact]
    public void The_hub_pays_back_half_of_the_domestic_servers_bill_only()
    {
        var result = ScenarioLoader.Parse(IdleCenter, "test.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var run = SimulationRunner.Run(result.Spec!, 0);
        Assert.Equal(0, run["jobs_submitted"]);
        // Full bill: (2 x 1.4 + 2 x 1.0) kW x 1.2 x 100 h x 0.5 = 288 yuan; the domestic part 2 x 1.4 x 1.2 x 100 x 0.5 = 168,
        // half of it paid back: 84. The imported servers pay their 120 in full.
        Assert.Equal(576, run["facility_energy_kwh"], 6);
        Assert.Equal(84, run["power_subsidy_yuan"], 6);
        Assert.Equal(288 - 84, run["energy_cost_yuan"], 6);
        // Without the subsidy the whole bill is paid.
        var plain = SimulationRunner.Run(result.Spec! with { Center = result.Spec!.Center with { DomesticPowerSubsidy = 0 } }, 0);
        Assert.Equal(288, plain["energy_cost_yuan"], 6);
        Assert.Equal(0, plain["power_subsidy_yuan"]);
    }
}
