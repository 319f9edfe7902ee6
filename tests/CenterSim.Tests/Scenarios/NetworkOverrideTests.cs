using CenterSim.Model.Experiments;
using CenterSim.Scenarios;
using CenterSim.Scenarios.Experiments;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Scenarios;

/// <summary>Variants, sweeps and command-line settings reach the broker and each center's keys.</summary>
public sealed class NetworkOverrideTests
{
    [Fact]
    public void Variants_set_the_broker_and_a_center_s_pricing_and_carbon()
    {
        var yaml = ThreeCenters + """

            variants:
              - name: green
                set: { policies.broker: greenest }
              - name: carbon-price
                set: { policies.broker.yuan_per_kg_co2: 2 }
              - name: cheap-north
                set:
                  policies.broker: cheapest
                  centers.2.pricing: { name: fixed, yuan_per_chip_hour: 5 }
                  centers.1.pricing.peak_yuan_per_chip_hour: 20
                  centers.2.carbon_kg_per_kwh: 0.3
            """;
        var result = StudyLoader.Parse(yaml, FileName, StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var arms = result.Study!.Arms;
        Assert.Equal(new[] { "baseline", "green", "carbon-price", "cheap-north" }, arms.Select(a => a.Name).ToArray());

        Assert.Equal("weighted", arms[0].Spec.Policies.Broker.Name);
        Assert.Equal("greenest", arms[1].Spec.Policies.Broker.Name);
        Assert.Equal("weighted", arms[2].Spec.Policies.Broker.Name);
        Assert.Equal(2, arms[2].Spec.Policies.Broker.Parameters["yuan_per_kg_co2"]);
        Assert.Equal(2, arms[2].Spec.Policies.Broker.Parameters["yuan_per_chip_hour_waited"]);

        var cheap = arms[3].Spec;
        Assert.Equal("cheapest", cheap.Policies.Broker.Name);
        Assert.Equal(5, cheap.Network!.Centers[2].Pricing!.Parameters["yuan_per_chip_hour"]);
        Assert.Equal(0.3, cheap.Network.Centers[2].CarbonKgPerKwh);
        Assert.Equal(20, cheap.Network.Centers[1].Pricing!.Parameters["peak_yuan_per_chip_hour"]);
        Assert.Equal(6, cheap.Network.Centers[1].Pricing!.Parameters["offpeak_yuan_per_chip_hour"]);
        Assert.Null(arms[0].Spec.Network!.Centers[2].Pricing);
    }

    [Fact]
    public void A_sweep_over_brokers_names_each_point_after_its_broker()
    {
        var yaml = ThreeCenters + """

            sweep:
              policies.broker: [local-only, cheapest, shortest-wait]
            """;
        var result = StudyLoader.Parse(yaml, FileName, StudyKind.Sweep);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var arms = result.Study!.Arms;
        Assert.Equal(new[] { "broker-local-only", "broker-cheapest", "broker-shortest-wait" }, arms.Select(a => a.Name).ToArray());
        Assert.Equal(new[] { "local-only", "cheapest", "shortest-wait" }, arms.Select(a => a.Spec.Policies.Broker.Name).ToArray());
    }

    [Fact]
    public void A_command_line_sweep_over_brokers_replaces_the_file_s()
    {
        var axis = new SweepAxis("policies.broker", new[] { "greenest", "weighted" }.Select(v => new ArmSetting("policies.broker", v, null)).ToList());
        var result = StudyLoader.Parse(ThreeCenters, FileName, StudyKind.Sweep, [axis]);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(new[] { "greenest", "weighted" }, result.Study!.Arms.Select(a => a.Spec.Policies.Broker.Name).ToArray());
        Assert.Equal(0.1, result.Study.Arms[1].Spec.Policies.Broker.Parameters["yuan_per_kg_co2"]);
    }

    [Fact]
    public void A_bare_center_pricing_takes_a_parameter_set_on_the_command_line()
    {
        var text = ThreeCenters.With("pricing: { name: fixed, yuan_per_chip_hour: 14 }", "pricing: fixed");
        var result = ScenarioLoader.Parse(text, FileName, [KeyValuePair.Create("centers.0.pricing.yuan_per_chip_hour", "9")]);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(9, result.Spec!.Network!.Centers[0].Pricing!.Parameters["yuan_per_chip_hour"]);
    }

    [Fact]
    public void A_mistaken_broker_in_a_variant_is_reported_where_the_variant_sets_it()
    {
        var yaml = ThreeCenters + """

            variants:
              - name: typo
                set: { policies.broker: greenst }
            """;
        var result = StudyLoader.Parse(yaml, FileName, StudyKind.Variants);
        Assert.False(result.Ok);
        var d = Assert.Single(result.Errors);
        Assert.Equal(PositionOf(yaml, "greenst"), (d.Line, d.Column));
        Assert.Equal("unknown broker policy 'greenst'; did you mean 'greenest'? (valid: local-only, cheapest, tenant-cost, greenest, shortest-wait, weighted) (set by variant 'typo')", d.Message);
    }
}
