using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Reporting.Files;
using CenterSim.Reporting.Plots;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting;

/// <summary>
/// Turns the finished replications of a scenario into the result files of an output folder:
/// <c>summary.md</c>, <c>jobs.csv</c> (when the scenario asks for it), <c>timeseries.csv</c>,
/// <c>utilization.png</c> (when the series has a utilization or IT power column) and <c>summary.json</c>.
/// <para>
/// All files are written into a staging folder first and moved in afterwards (see
/// <see cref="StagingFolder"/>): every file is atomic on its own, and <c>summary.json</c> is moved in
/// last, after its previous copy was removed, so a folder with <c>summary.json</c> holds a complete,
/// consistent set. Result files of a previous run that this run does not produce (jobs.csv turned off,
/// no plot columns) are deleted so they cannot be mistaken for this run's. Other files are left alone.
/// </para>
/// The same input gives byte-identical files.
/// </summary>
public static class ResultsWriter
{
    public const string SummaryJson = "summary.json";
    public const string SummaryMarkdown = "summary.md";
    public const string JobsCsv = "jobs.csv";
    public const string TimeSeriesCsv = "timeseries.csv";
    public const string UtilizationPng = "utilization.png";

    /// <summary>
    /// Writes the result files of <paramref name="runs"/> (in increasing replication order) into
    /// <paramref name="outDir"/>, creating it if needed. Returns the full paths written, in the order
    /// they were moved in.
    /// </summary>
    public static IReadOnlyList<string> Write(ScenarioSpec spec, IReadOnlyList<RunResult> runs, string outDir)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var table = SummaryTable.Build(spec, runs);

        using var stage = StagingFolder.For(outDir);
        stage.Write(SummaryMarkdown, s => SummaryMarkdownWriter.Write(table, s));

        if (spec.Output.JobsCsv)
        {
            stage.Write(JobsCsv, s => JobsCsvWriter.Write(runs, s, spec.Output.JobsCsvSample));
        }
        else
        {
            stage.RemoveOnCommit(JobsCsv);
        }

        stage.Write(TimeSeriesCsv, s => TimeSeriesCsvWriter.Write(runs, s));

        if (UtilizationPlot.Average(runs) is { } series)
        {
            var png = UtilizationPlot.RenderPng(spec.Name, series);
            stage.Write(UtilizationPng, s => s.Write(png));
        }
        else
        {
            stage.RemoveOnCommit(UtilizationPng);
        }

        // Last: its presence marks a complete set.
        stage.Write(SummaryJson, s => SummaryJsonWriter.Write(table, s));
        stage.Commit();

        return stage.Staged.Select(name => Path.Combine(stage.Destination, name)).ToArray();
    }
}
