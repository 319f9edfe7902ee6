using System.Text.Json.Nodes;
using CenterSim.Reporting.Report;
using CenterSim.Tests.Scenarios;
using Xunit;

namespace CenterSim.Tests.Reporting;

/// <summary>Every metric the shipped studies report has a real label and explanation in English and Chinese: no report shows a placeholder.</summary>
public class GlossaryCompletenessTests
{
    [Fact]
    public void Every_reported_metric_is_explained_in_both_languages()
    {
        var results = Path.Combine(ScenarioTexts.RepositoryRoot(), "results");
        // Single runs' summary.json, and every arm of every study in its comparison.json.
        var singles = Directory.EnumerateFiles(results, "summary.json", SearchOption.AllDirectories)
            .SelectMany(f => (JsonNode.Parse(File.ReadAllText(f))!["metrics"] as JsonObject)!.Select(p => p.Key));
        var arms = Directory.EnumerateFiles(results, "comparison.json", SearchOption.AllDirectories)
            .SelectMany(f => (JsonNode.Parse(File.ReadAllText(f))!["variants"] as JsonObject)!)
            .SelectMany(v => (v.Value!["metrics"] as JsonObject)!.Select(p => p.Key));
        var metrics = singles.Concat(arms).Distinct().Order().ToList();
        Assert.True(metrics.Count > 60, $"only {metrics.Count} metrics found under {results}");
        var missing = metrics.Where(m => MetricGlossary.Explain(m, ReportLanguage.English) is null || MetricGlossary.Explain(m, ReportLanguage.Chinese) is null
            || MetricGlossary.Label(m, ReportLanguage.English) == m).ToList();
        Assert.Empty(missing);
        foreach (var m in metrics)
        {
            Assert.NotEqual(MetricGlossary.Explain(m, ReportLanguage.English), MetricGlossary.Explain(m, ReportLanguage.Chinese));
        }
    }
}
