using System.Text;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>Writes <c>report.md</c>: the same report as the HTML page, with plots linked from <c>plots/</c>.</summary>
public static class MarkdownReportWriter
{
    public static void Write(ReportContent c, Stream stream)
    {
        var t = c.Text;
        var m = new StringBuilder();
        m.Append("# ").Append(c.Title).Append("\n\n").Append(t["generated"]).Append("\n\n");
        foreach (var warning in c.Warnings.Lines)
        {
            m.Append("> **⚠** ").Append(warning).Append("\n>\n");
        }
        if (c.Warnings.Lines.Count > 0)
        {
            m.Append('\n');
        }
        m.Append("## ").Append(t["sec.summary"]).Append("\n\n");
        foreach (var (label, value) in c.Overview())
        {
            m.Append("- ").Append(label).Append(": ").Append(value).Append('\n');
        }
        m.Append("\n| ").Append(t["variant"]).Append(" | ").Append(t["settings"]).Append(" |\n|---|---|\n");
        foreach (var arm in c.Table.Arms)
        {
            m.Append("| ").Append(arm.Name).Append(" | ").Append(Cell(c.SettingsOf(arm))).Append(" |\n");
        }
        if (c.Table.Arms.Count > 1)
        {
            var significant = c.SignificantDifferences();
            m.Append("\n**").Append(t["significant"]).Append("**\n\n");
            if (significant.Count == 0)
            {
                m.Append(t["no_significant"]).Append('\n');
            }
            foreach (var line in significant)
            {
                m.Append("- ").Append(line).Append('\n');
            }
        }
        m.Append("\n## ").Append(t["sec.method"]).Append("\n\n").Append(c.Method()).Append("\n\n");

        m.Append("## ").Append(t["sec.results"]).Append("\n\n");
        var compare = c.Table.Arms.Count > 1;
        foreach (var metric in c.Table.Metrics)
        {
            m.Append("### ").Append(MetricGlossary.Label(metric, t.Language)).Append(" (`").Append(metric).Append("`)\n\n| ")
                .Append(t["variant"]).Append(" | ").Append(t["mean"]).Append(" | ").Append(t["ci95"]);
            m.Append(compare ? $" | {t["difference"]} | {t["diff_ci95"]} |\n|---|---:|---:|---:|---:|\n" : " |\n|---|---:|---:|\n");
            foreach (var arm in c.Table.Arms)
            {
                var row = arm.Row(metric);
                m.Append("| ").Append(arm.Name).Append(" | ").Append(row is null ? "" : NumberText.Readable(row.Mean)).Append(" | ")
                    .Append(ReportContent.Interval(row?.Estimate));
                if (compare)
                {
                    Estimate? diff = null;
                    arm.Differences?.TryGetValue(metric, out diff);
                    m.Append(" | ").Append(diff is null ? "" : ReportContent.Signed(diff.Mean)).Append(" | ").Append(diff is null ? "" : ReportContent.Interval(diff));
                }
                m.Append(" |\n");
            }
            m.Append('\n');
        }

        m.Append("## ").Append(t["sec.plots"]).Append("\n\n").Append(t["constant"]).Append("\n\n");
        foreach (var plot in c.Plots)
        {
            m.Append("![").Append(plot.Caption).Append("](plots/").Append(plot.Name).Append(".png)\n\n");
        }
        m.Append("## ").Append(t["sec.glossary"]).Append("\n\n");
        foreach (var metric in c.Table.Metrics)
        {
            m.Append("- **").Append(MetricGlossary.Label(metric, t.Language)).Append("** (`").Append(metric).Append("`): ")
                .Append(MetricGlossary.Explain(metric, t.Language) ?? t["unknown_metric"]).Append('\n');
        }
        m.Append("\n## ").Append(t["sec.scenario"]).Append("\n\n```yaml\n").Append(c.ScenarioText.TrimEnd('\n')).Append("\n```\n");
        stream.Write(new UTF8Encoding(false).GetBytes(m.ToString()));
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
