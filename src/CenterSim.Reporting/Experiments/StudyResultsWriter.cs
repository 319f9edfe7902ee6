using CenterSim.Reporting.Files;
using CenterSim.Reporting.Plots;
using CenterSim.Reporting.Report;

namespace CenterSim.Reporting.Experiments;

/// <summary>
/// Writes a study's folder: <c>DIR/&lt;arm&gt;/</c> for every arm (the files <see cref="ResultsWriter"/>
/// writes for a single scenario), <c>DIR/plots/*.png|svg</c>, <c>DIR/report.html</c>, <c>DIR/report.md</c>
/// and, last, <c>DIR/comparison.json</c>, whose presence marks a complete set. Same input, same bytes.
/// </summary>
public static class StudyResultsWriter
{
    public const string ComparisonJson = "comparison.json";
    public const string ReportHtml = "report.html";
    public const string ReportMarkdown = "report.md";
    public const string PlotsFolder = "plots";

    public static IReadOnlyList<string> Write(ComparisonTable table, string scenarioText, string outDir, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var written = new List<string>();
        foreach (var arm in table.Arms)
        {
            written.AddRange(ResultsWriter.Write(arm.Result.Arm.Spec, arm.Result.Runs, Path.Combine(outDir, arm.Name)));
        }

        var text = ReportText.For(language);
        var plots = StudyPlots.Render(table, text);
        var plotDir = Path.Combine(outDir, PlotsFolder);
        // Plots of an earlier study in the same folder would otherwise linger beside these.
        if (Directory.Exists(plotDir))
        {
            foreach (var stale in Directory.GetFiles(plotDir).Where(f => !plots.Any(p => Path.GetFileNameWithoutExtension(f) == p.Name)))
            {
                File.Delete(stale);
            }
        }
        if (plots.Count > 0)
        {
            using var plotStage = StagingFolder.For(plotDir);
            foreach (var plot in plots)
            {
                plotStage.Write(plot.Name + ".png", s => s.Write(plot.Png));
                plotStage.Write(plot.Name + ".svg", s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(plot.Svg)));
            }
            plotStage.Commit();
            written.AddRange(plotStage.Staged.Select(n => Path.Combine(plotStage.Destination, n)));
        }

        var content = new ReportContent(table, plots, scenarioText, text);
        using var stage = StagingFolder.For(outDir);
        stage.Write(ReportHtml, s => HtmlReportWriter.Write(content, s));
        stage.Write(ReportMarkdown, s => MarkdownReportWriter.Write(content, s));
        stage.Write(ComparisonJson, s => ComparisonJsonWriter.Write(table, s));
        stage.Commit();
        written.AddRange(stage.Staged.Select(n => Path.Combine(stage.Destination, n)));
        return written;
    }
}
