using CenterSim.Reporting.Report;
using Spectre.Console.Cli;

namespace CenterSim.Cli.Commands;

/// <summary>`centersim list metrics`: every metric name a run can report, its label with unit and what it means.</summary>
public sealed class ListMetricsCommand : Command<ListMetricsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var rows = MetricGlossary.Names.Select(m => new[]
        {
            m, MetricGlossary.Label(m, ReportLanguage.English), MetricGlossary.Explain(m, ReportLanguage.English) ?? "",
        }).ToList();
        ConsoleTable.Write("metrics (a network adds <center>.<metric> and wan.<from>><to>.<metric>)", ["metric", "label", "meaning"], rows);
        return ExitCodes.Success;
    }
}
