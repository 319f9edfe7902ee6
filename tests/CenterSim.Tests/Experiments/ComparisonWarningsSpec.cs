using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Experiments;
using CenterSim.Tests.Reporting;

namespace CenterSim.Tests.Experiments;

/// <summary>An overloaded arm delivers other work than the reference and its queue grows: the report warns and does not rank it on totals.</summary>
public sealed class ComparisonWarningsSpec
{
    private const string Yaml = """
        name: warn-check
        seed: 7
        replications: 2
        duration: 3d
        warmup: 6h
        output: { jobs_csv: false }
        hardware:
          servers:
            box: { chip: x, chips: 8, idle_w: 1000, peak_w: 5000 }
        centers:
          - name: c
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 1, servers_per_rack: 4, server: box }
        tenants:
          - group: t
            count: 2
            category: startup
            training:
              arrivals_per_hour: 0.3
              chips: [1, 8]
              chip_hours: { exponential: { mean: 20 } }
        policies: { pricing: { name: fixed, yuan_per_chip_hour: 10 } }
        variants:
          - name: overloaded
            set: { tenants.0.training.arrivals_per_hour: 3 }
        """;

    [Fact]
    public void An_arm_doing_other_work_or_with_a_growing_queue_is_flagged_and_not_ranked_on_totals()
    {
        var loaded = StudyLoader.Parse(Yaml, "warn.yaml", StudyKind.Variants);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Errors));
        var results = StudyExecutor.Run(loaded.Study!, 2, _ => { });
        var table = ComparisonTable.Build(loaded.Study!, results);
        var warnings = ComparisonWarnings.For(table, ReportLanguage.English);
        Assert.Contains("overloaded", warnings.Flagged);
        Assert.Equal(2, warnings.Lines.Count);
        Assert.Contains(warnings.Lines, l => l.StartsWith("overloaded completed", StringComparison.Ordinal));
        Assert.Contains(warnings.Lines, l => l.StartsWith("overloaded is unstable", StringComparison.Ordinal));

        using var dir = new TempFolder();
        StudyResultsWriter.Write(table, Yaml, dir.Path, ReportLanguage.English);
        var markdown = File.ReadAllText(dir["report.md"]);
        Assert.True(markdown.IndexOf("overloaded is unstable", StringComparison.Ordinal) < markdown.IndexOf("## ", StringComparison.Ordinal));
        Assert.Contains("overloaded is unstable", File.ReadAllText(dir["report.html"]));
        var content = new ReportContent(table, Array.Empty<CenterSim.Reporting.Plots.PlotFile>(), Yaml, ReportText.For(ReportLanguage.English));
        var lines = content.SignificantDifferences();
        foreach (var total in new[] { "energy_cost_yuan", "facility_energy_kwh", "revenue_yuan" })
        {
            Assert.DoesNotContain(lines, l => l.StartsWith($"overloaded: {MetricGlossary.Label(total, ReportLanguage.English)} ", StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.StartsWith("overloaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Totals_are_money_energy_and_carbon_not_per_unit_of_work()
    {
        Assert.True(ComparisonWarnings.IsTotal("energy_cost_yuan"));
        Assert.True(ComparisonWarnings.IsTotal("carbon_kg"));
        Assert.True(ComparisonWarnings.IsTotal("facility_energy_kwh"));
        Assert.False(ComparisonWarnings.IsTotal("cost_yuan_per_delivered_chip_hour"));
        Assert.False(ComparisonWarnings.IsTotal("utilization"));
    }
}
