using CenterSim.Model.Experiments;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>The shipped network scenario: what it declares, and a short run of each broker on it.</summary>
public class EastWestScenarioTests
{
    private static StudySpec Load() => ShippedStudies.Load("east-west-network.yaml");

    [Fact]
    public void Six_hubs_nine_links_and_one_arm_per_broker()
    {
        var study = Load();
        Assert.Equal(new[] { "baseline", "cheapest", "greenest", "shortest-wait", "weighted" }, study.Arms.Select(a => a.Name));
        Assert.Equal(new[] { "local-only", "cheapest", "greenest", "shortest-wait", "weighted" }, study.Arms.Select(a => a.Spec.Policies.Broker.Name));
        var spec = study.Reference.Spec;
        var network = spec.Network!;
        Assert.Equal(6, network.Regions.Count);
        Assert.Equal(9, network.Links.Count);
        Assert.Equal(4608, network.Centers.Sum(c => spec.Hardware[c.Racks.ServerType].ChipsPerServer * c.Racks.Count * c.Racks.ServersPerRack));
        // Western power is the 0.4 yuan/kWh of the shared facts, eastern 0.4 / 0.7; PUE within the hub targets.
        Assert.All(network.Centers.Skip(3), c => Assert.Equal(0.4, c.TariffYuanPerKwh));
        Assert.All(network.Centers.Take(3), c => Assert.Equal(0.57, c.TariffYuanPerKwh));
        Assert.All(network.Centers, c => Assert.InRange(c.Pue, 1.15, 1.3));
        // Offered load: each eastern hub 560 chip-hours per hour on its 512 chips, 1,920 on the network's 4,608.
        var offered = spec.Tenants.Sum(t => t.Count * t.Training.ArrivalsPerHour * t.Training.ChipHours.Mean);
        Assert.Equal(1920, offered, 6);
        var east = spec.Tenants.Where(t => t.Region == "beijing-tianjin-hebei").Sum(t => t.Count * t.Training.ArrivalsPerHour * t.Training.ChipHours.Mean);
        Assert.Equal(560, east, 6);
    }

    [Fact]
    public void Moving_work_west_cuts_carbon_and_waits_on_a_short_run()
    {
        var study = Load();
        var results = study.Arms.ToDictionary(a => a.Name, a => SimulationRunner.Run(a.Spec with
        {
            Stop = a.Spec.Stop with { DurationSeconds = 6 * 86400.0, WarmupSeconds = 86400.0 },
        }, 0));
        var local = results["baseline"];
        Assert.Equal(0, local["jobs_moved"]);
        Assert.True(local["jingjinji.utilization"] > 0.9);
        Assert.True(results["weighted"]["carbon_kg"] < 0.7 * local["carbon_kg"]);
        Assert.True(results["weighted"]["mean_wait_hours"] < 0.2 * local["mean_wait_hours"]);
        Assert.True(results["greenest"]["qingyang.utilization"] > 0.9);
        Assert.True(results["cheapest"]["tenant_cost_yuan"] < local["tenant_cost_yuan"]);
        foreach (var r in results.Values)
        {
            Assert.Equal(r["jobs_submitted"] - r["jobs_unplaceable"],
                new[] { "jingjinji", "changsanjiao", "yuegangao", "qingyang", "guian", "helinger" }.Sum(c => r[c + ".jobs_placed"]));
        }
    }
}
