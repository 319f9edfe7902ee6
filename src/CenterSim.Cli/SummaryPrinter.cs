using System.Globalization;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;
using Spectre.Console;

namespace CenterSim.Cli;

/// <summary>Prints a study's metrics as a table: mean and 95% interval over replications (a network's per-center and per-link metrics are counted, not listed).</summary>
public static class SummaryPrinter
{
    public static void Print(ScenarioSpec spec, IReadOnlyList<RunResult> runs)
    {
        var summary = SummaryTable.Build(spec, runs);
        var rows = summary.Rows.Where(r => !MetricScope.IsScoped(r.Metric)).Select(row => new[]
        {
            row.Metric, Format(row.Mean), row.Lower is { } lo && row.Upper is { } hi ? $"[{Format(lo)}, {Format(hi)}]" : "",
        }).ToList();
        ConsoleTable.Write($"{spec.Name} seed {spec.Seed}, {spec.Replications} replication(s)", ["metric", "mean", "95% interval"], rows, rightAlignedFrom: 1);
        var below = runs.Count(r => r.Metrics.Any(m => m.Name == "below_break_even" && m.Value == 1));
        if (below > 0)
        {
            var profit = summary.Rows.FirstOrDefault(r => r.Metric == "profit_yuan")?.Mean ?? double.NaN;
            AnsiConsole.MarkupLineInterpolated($"[yellow]below break-even in {below} of {runs.Count} replication(s): profit over the measurement window {Format(profit)} yuan (utilization under break_even_utilization)[/]");
        }
        var scoped = summary.Rows.Count(r => MetricScope.IsScoped(r.Metric));
        if (scoped > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]{scoped} per-center and per-link metrics (center.metric, wan.from>to.metric) are in summary.json and summary.md[/]");
        }
    }

    private static string Format(double v) =>
        double.IsNaN(v) ? "n/a" : Math.Abs(v) >= 1e5 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("G5", CultureInfo.InvariantCulture);
}
