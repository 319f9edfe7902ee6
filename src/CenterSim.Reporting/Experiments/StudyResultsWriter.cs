using CenterSim.Reporting.Files;
using CenterSim.Reporting.Plots;
using CenterSim.Reporting.Report;

namespace CenterSim.Reporting.Experiments;

/// <summary>
/// Writes a study's folder: <c>DIR/&lt;arm&gt;/</c> for every arm (the files <see cref="ResultsWriter"/>
/// writes for a single scenario), <c>DIR/plots/*.png|svg</c>, <c>DIR/report.html</c>, <c>DIR/report.md</c>
/// and <c>DIR/comparison.json</c>. The folder is built beside DIR and replaces it in one step, so DIR
/// always holds one complete study; into a DIR that holds other files too, comparison.json goes out first
/// and in last (see <see cref="FolderPublisher"/>). Same input, same bytes.
/// </summary>
public static class StudyResultsWriter
{
    public const string ComparisonJson = "comparison.json";
    public const string ReportHtml = "report.html";
    public const string ReportMarkdown = "report.md";
    public const string PlotsFolder = "plots";

    public static IReadOnlyList<string> Write(ComparisonTable table, string scenarioText, string outDir, ReportLanguage language) =>
        Write(table, scenarioText, outDir, language, null);

    /// <param name="step">called after each step of publishing (for tests that simulate a crash there)</param>
    public static IReadOnlyList<string> Write(ComparisonTable table, string scenarioText, string outDir, ReportLanguage language, Action<string>? step)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        // The whole study is built in a hidden sibling folder and published in one step, so DIR is
        // always one complete study: never arms of one run beside the comparison of another.
        using var root = StagingFolder.For(outDir);
        var written = new List<string>();
        foreach (var arm in table.Arms)
        {
            written.AddRange(ResultsWriter.Write(arm.Result.Arm.Spec, arm.Result.Runs, Path.Combine(root.Path, arm.Name)));
        }

        var text = ReportText.For(language);
        var plots = StudyPlots.Render(table, text);
        if (plots.Count > 0)
        {
            using var plotStage = StagingFolder.For(Path.Combine(root.Path, PlotsFolder));
            foreach (var plot in plots)
            {
                plotStage.Write(plot.Name + ".png", s => s.Write(plot.Png));
                plotStage.Write(plot.Name + ".svg", s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(plot.Svg)));
            }
            plotStage.Commit();
            written.AddRange(plotStage.Staged.Select(n => Path.Combine(plotStage.Destination, n)));
        }

        var content = new ReportContent(table, plots, scenarioText, text);
        root.Write(ReportHtml, s => HtmlReportWriter.Write(content, s));
        root.Write(ReportMarkdown, s => MarkdownReportWriter.Write(content, s));
        root.Write(ComparisonJson, s => ComparisonJsonWriter.Write(table, s));
        written.AddRange(root.Staged.Select(n => Path.Combine(root.Path, n)));
        var arms = table.Arms.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        root.Publish(path => IsResult(path, arms), ComparisonJson, step);
        return written.Select(p => Path.Combine(root.Destination, Path.GetRelativePath(root.Path, p))).ToList();
    }

    /// <summary>Puts back a study folder a killed publish left moved aside, or clears what it left (see <see cref="FolderPublisher"/>).</summary>
    public static void Recover(string outDir) => FolderPublisher.Recover(outDir);

    /// <summary>Whether an entry of an earlier folder is part of a result (replaced), not something else (kept).</summary>
    private static bool IsResult(string path, IReadOnlySet<string> arms)
    {
        var name = Path.GetFileName(path);
        // Hidden entries count only when they are leftovers of writing (staging folders, temporary files): never '.git' and the like.
        var leftover = name.StartsWith('.') && (name.Contains(".staging-", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal));
        return leftover || arms.Contains(name) || name is ComparisonJson or ReportHtml or ReportMarkdown or PlotsFolder
            || ResultFiles.Any(f => File.Exists(Path.Combine(path, f)));
    }

    private static readonly string[] ResultFiles = [ResultsWriter.SummaryJson, ResultsWriter.SummaryMarkdown, ResultsWriter.TimeSeriesCsv, ResultsWriter.JobsCsv];
}
