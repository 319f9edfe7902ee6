using System.Text.Json;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Report;
using CenterSim.Scenarios.Experiments;
using CenterSim.Tests.Reporting;

namespace CenterSim.Tests.Experiments;

/// <summary>
/// A real two-variant study, written to disk: every interval in every summary.json and in
/// comparison.json must equal mean ± t·s/√n computed here by hand from the per-replication values
/// in the same files, with t(2, 0.975) = 4.302652729749 taken from a t table (3 replications).
/// </summary>
public sealed class StudyIntervalsSpec
{
    private const double T2 = 4.302652729749464;

    private const string Yaml = """
        name: ci-check
        seed: 7
        replications: 3
        duration: 2d
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
              arrivals_per_hour: 0.6
              chips: [1, 8]
              chip_hours: { exponential: { mean: 20 } }
        policies: { pricing: { name: fixed, yuan_per_chip_hour: 10 } }
        variants:
          - name: dear
            set: { policies.pricing.yuan_per_chip_hour: 15 }
          - name: busy
            set: { tenants.0.training.arrivals_per_hour: 0.9 }
        """;

    [Fact]
    public void Every_interval_in_the_files_equals_the_hand_computation()
    {
        var loaded = StudyLoader.Parse(Yaml, "ci.yaml", StudyKind.Variants);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Errors));
        var study = loaded.Study!;
        Assert.Equal(["baseline", "dear", "busy"], study.Arms.Select(a => a.Name));

        var results = StudyExecutor.Run(study, 2, _ => { });
        using var dir = new TempFolder();
        StudyResultsWriter.Write(ComparisonTable.Build(study, results), Yaml, dir.Path, ReportLanguage.English);

        using var comparison = JsonDocument.Parse(File.ReadAllBytes(dir["comparison.json"]));
        var variants = comparison.RootElement.GetProperty("variants");
        var baselineRuns = new Dictionary<string, double[]>();
        var checkedIntervals = 0;
        foreach (var arm in new[] { "baseline", "dear", "busy" })
        {
            using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.Path, arm, "summary.json")));
            foreach (var metric in summary.RootElement.GetProperty("metrics").EnumerateObject())
            {
                if (metric.Value.GetProperty("runs").EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null))
                {
                    continue; // not measured in this scenario (e.g. carbon_kg without a carbon table): no interval
                }
                var runs = Runs(metric.Value);
                Assert.Equal(3, runs.Length);
                checkedIntervals += CheckInterval(metric.Value, runs);

                var inComparison = variants.GetProperty(arm).GetProperty("metrics").GetProperty(metric.Name);
                Assert.Equal(runs, Runs(inComparison));
                checkedIntervals += CheckInterval(inComparison, runs);

                if (arm == "baseline")
                {
                    baselineRuns[metric.Name] = runs;
                    Assert.Equal(JsonValueKind.Null, inComparison.GetProperty("difference").ValueKind);
                    continue;
                }
                var differences = runs.Zip(baselineRuns[metric.Name], (v, b) => v - b).ToArray();
                var difference = inComparison.GetProperty("difference");
                Assert.Equal(differences.Average(), difference.GetProperty("mean").GetDouble(), 9);
                checkedIntervals += CheckInterval(difference, differences);
            }
        }
        // Something must actually vary: the dearer price raises revenue in every replication, by exactly half.
        var revenue = variants.GetProperty("dear").GetProperty("metrics").GetProperty("revenue_yuan");
        Assert.Equal(baselineRuns["revenue_yuan"].Average() * 0.5, revenue.GetProperty("difference").GetProperty("mean").GetDouble(), 6);
        Assert.True(checkedIntervals > 50, $"only {checkedIntervals} intervals checked");
    }

    /// <summary>Checks "ci95" against the hand computation; returns 1 when an interval was checked, 0 when it is null (all values equal are still intervals).</summary>
    private static int CheckInterval(JsonElement element, double[] values)
    {
        var ci = element.GetProperty("ci95");
        var n = values.Length;
        var mean = values.Sum() / n;
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = T2 * sd / Math.Sqrt(n);
        Assert.Equal(mean, element.GetProperty("mean").GetDouble(), Tolerance(mean));
        Assert.Equal(JsonValueKind.Array, ci.ValueKind);
        Assert.Equal(mean - half, ci[0].GetDouble(), Tolerance(mean) + Tolerance(half));
        Assert.Equal(mean + half, ci[1].GetDouble(), Tolerance(mean) + Tolerance(half));
        return 1;
    }

    private static double Tolerance(double scale) => 1e-9 * Math.Max(1, Math.Abs(scale));

    private static double[] Runs(JsonElement metric) =>
        metric.GetProperty("runs").EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
