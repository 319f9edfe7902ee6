using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using Spectre.Console;

namespace CenterSim.Cli.Studies;

/// <summary>Prints a study as one table: a row per metric, a column per arm with mean ± 95% half-width (a network's per-center and per-link metrics are counted, not listed).</summary>
public static class ComparisonPrinter
{
    /// <summary>Prints <paramref name="metrics"/> (default: every metric that is not per center or per link).</summary>
    public static void Print(ComparisonTable comparison, IReadOnlyList<string>? metrics = null)
    {
        // A network's per-center and per-link metrics would bury the table; they are in the results files.
        var rows = (metrics ?? comparison.Metrics.Where(m => !MetricScope.IsScoped(m)).ToList()).Where(comparison.Metrics.Contains).Select(metric =>
        {
            var cells = new List<string> { metric };
            foreach (var arm in comparison.Arms)
            {
                var row = arm.Row(metric);
                var half = row?.Estimate.Interval is { } ci ? " ± " + NumberText.Readable(ci.HalfWidth) : "";
                cells.Add(row is null ? "" : NumberText.Readable(row.Mean) + half);
            }
            return cells.ToArray();
        }).ToList();
        var title = $"{comparison.Study.Name}: {comparison.Arms.Count} configurations, {comparison.Reference.Summary.Replications} replication(s) each (mean ± 95% half-width)";
        ConsoleTable.Write(title, comparison.Arms.Select(a => a.Name).Prepend("metric").ToList(), rows, rightAlignedFrom: 1);
        var scoped = comparison.Metrics.Count(MetricScope.IsScoped);
        if (scoped > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]{scoped} per-center and per-link metrics (center.metric, wan.from>to.metric) are in comparison.json and the report[/]");
        }
    }
}
