using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;

namespace CenterSim.Tests.Experiments;

/// <summary>Variants and sweep points are the base file with overrides; their mistakes are reported where they are written.</summary>
public sealed class StudyLoaderSpec
{
    internal const string Base = """
        name: s
        seed: 1
        replications: 2
        duration: 1d
        hardware:
          servers:
            box: { chip: x, chips: 8, idle_w: 100, peak_w: 500 }
        centers:
          - name: c
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 1, servers_per_rack: 2, server: box }
        tenants:
          - group: t
            category: startup
            training: { arrivals_per_hour: 1, chips: [1], chip_hours: { fixed: 2 } }
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 8 }
        """;

    [Fact]
    public void Variant_and_sweep_mistakes_are_reported_at_their_own_line_and_column()
    {
        var yaml = Base + """

            variants:
              - name: low
                set: { centers.0.pue: 0.5 }
              - name: typo
                set:
                  centers.0.pueh: 1.3
              - name: baseline
                set: { seed: 3 }
            """;
        var result = StudyLoader.Parse(yaml, "v.yaml", StudyKind.Variants);
        Assert.False(result.Ok);
        var text = result.Errors.Select(e => e.ToString()).ToList();
        // All three problems at once, each at the value (or name) as written in the variant.
        Assert.Equal(
            [
                "v.yaml:21:27: 'pue': must be >= 1, found 0.5 (set by variant 'low')",
                "v.yaml:24:23: unknown key 'pueh' in centers[0]; did you mean 'pue'? (set by variant 'typo')",
                "v.yaml:25:11: 'baseline' is the name of the base scenario; give the variant another name",
            ],
            text);
    }

    [Fact]
    public void A_two_key_sweep_is_the_cartesian_product_with_named_points()
    {
        var yaml = Base + """

            sweep:
              centers.0.pue: [1.1, 1.3]
              tenants.0.training.arrivals_per_hour: [1, 2, 3]
            """;
        var result = StudyLoader.Parse(yaml, "s.yaml", StudyKind.Sweep);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var study = result.Study!;
        Assert.Equal(6, study.Arms.Count);
        Assert.Equal("pue-1.1_arrivals_per_hour-1", study.Arms[0].Name);
        Assert.Equal("pue-1.3_arrivals_per_hour-3", study.Arms[5].Name);
        Assert.Equal(1.3, study.Arms[5].Spec.Center.Pue);
        Assert.Equal(3, study.Arms[5].Spec.Tenants[0].Training.ArrivalsPerHour);
    }

    [Fact]
    public void Named_sweep_values_name_the_folders_and_keep_their_value()
    {
        var yaml = Base + """

            sweep:
              policies.pricing:
                - { name: flat, value: { name: fixed, yuan_per_chip_hour: 12 } }
                - { name: tou, value: { name: time-of-use, peak_yuan_per_chip_hour: 18, offpeak_yuan_per_chip_hour: 8 } }
            """;
        var result = StudyLoader.Parse(yaml, "s.yaml", StudyKind.Sweep);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var arms = result.Study!.Arms;
        Assert.Equal(["flat", "tou"], arms.Select(a => a.Name));
        Assert.Equal(["tou"], arms[1].ValueNames);
        Assert.Equal("time-of-use", arms[1].Spec.Policies.Pricing.Name);
        Assert.Equal(18, arms[1].Spec.Policies.Pricing.Parameters["peak_yuan_per_chip_hour"]);
    }
}
