using CenterSim.Reporting.Experiments;
using CenterSim.Reporting.Formatting;
using Spectre.Console;

namespace CenterSim.Cli.Studies;

/// <summary>Prints a study as one table: a row per metric, a column per arm with mean ± 95% half-width (a network's per-center and per-link metrics are counted, not listed).</summary>
public static class ComparisonPrinter
{
    public static void Print(ComparisonTable comparison)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(comparison.Study.Name)}[/] {comparison.Arms.Count} configurations, {comparison.Reference.Summary.Replications} replication(s) each")
            .AddColumn("metric");
        foreach (var arm in comparison.Arms)
        {
            table.AddColumn(new TableColumn(Markup.Escape(arm.Name)).RightAligned());
        }
        // A network's per-center and per-link metrics would bury the table; they are in the results files.
        foreach (var metric in comparison.Metrics.Where(m => !MetricScope.IsScoped(m)))
        {
            var cells = new List<string> { Markup.Escape(metric) };
            foreach (var arm in comparison.Arms)
            {
                var row = arm.Row(metric);
                var half = row?.Estimate.Interval is { } ci ? " ± " + NumberText.Readable(ci.HalfWidth) : "";
                cells.Add(row is null ? "" : Markup.Escape(NumberText.Readable(row.Mean) + half));
            }
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
        var scoped = comparison.Metrics.Count(MetricScope.IsScoped);
        if (scoped > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]{scoped} per-center and per-link metrics (center.metric, wan.from>to.metric) are in comparison.json and the report[/]");
        }
    }
}
