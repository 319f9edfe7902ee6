using System.Globalization;
using System.Text;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>Writes <c>report.md</c>: the same report as the HTML page and in the same order, with plots linked from <c>plots/</c>.</summary>
public static class MarkdownReportWriter
{
    public static void Write(ReportContent c, Stream stream)
    {
        var t = c.Text;
        var many = c.Table.Arms.Count > 1;
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
        m.Append('\n');
        foreach (var arm in c.Table.Arms)
        {
            m.Append("- ").Append(arm.Name).Append(": ").Append(c.SettingsOf(arm)).Append('\n');
        }
        m.Append("\n| ").Append(t["variant"]);
        foreach (var metric in c.Headline)
        {
            m.Append(" | ").Append(Cell(MetricGlossary.Label(metric, t.Language)));
        }
        m.Append(" |\n|---|").Append(string.Concat(c.Headline.Select(_ => "---:|"))).Append('\n');
        foreach (var arm in c.Table.Arms)
        {
            m.Append("| ").Append(arm.Name);
            foreach (var metric in c.Headline)
            {
                var (mean, interval, diff, finding) = c.Cell(arm, metric);
                m.Append(" | ").Append(mean).Append(' ').Append(interval).Append(diff is null ? "" : $"<br>{(finding ? "**" : "")}{diff}{(finding ? " ✱**" : "")}");
            }
            m.Append(" |\n");
        }
        m.Append('\n').Append(c.HeadlineNote()).Append("\n\n");
        if (many)
        {
            m.Append("## ").Append(t["sec.findings"]).Append("\n\n").Append(c.FindingsSummary()).Append("\n\n");
            foreach (var line in c.SignificantDifferences().Concat(c.SignificantDifferences(scoped: true)))
            {
                m.Append("- ").Append(line).Append('\n');
            }
            m.Append('\n');
        }

        m.Append("## ").Append(t["sec.plots"]).Append("\n\n");
        foreach (var plot in c.KeyPlots)
        {
            m.Append("![").Append(plot.Caption).Append("](plots/").Append(plot.Name).Append(".png)\n\n");
        }
        if (c.OtherPlots.Count > 0)
        {
            m.Append(string.Format(CultureInfo.InvariantCulture, t["more_plots"], c.OtherPlots.Count)).Append(": ")
                .Append(string.Join(", ", c.OtherPlots.Select(p => $"[{p.Caption}](plots/{p.Name}.png)"))).Append(". ").Append(t["constant"]).Append("\n\n");
        }

        m.Append("## ").Append(t["sec.results"]).Append("\n\n");
        foreach (var metric in c.Table.Metrics)
        {
            m.Append("### ").Append(MetricGlossary.Label(metric, t.Language)).Append(" (`").Append(metric).Append("`)\n\n| ")
                .Append(t["variant"]).Append(" | ").Append(t["mean"]).Append(" | ").Append(t["ci95"]);
            m.Append(many ? $" | {t["difference"]} | {t["diff_ci95"]} | {t["holm_p"]} |\n|---|---:|---:|---:|---:|---:|\n" : " |\n|---|---:|---:|\n");
            foreach (var arm in c.Table.Arms)
            {
                var row = arm.Row(metric);
                m.Append("| ").Append(arm.Name).Append(" | ").Append(row is null ? "" : NumberText.Readable(row.Mean)).Append(" | ")
                    .Append(ReportContent.BoundedInterval(metric, row?.Estimate));
                if (many)
                {
                    Estimate? diff = null;
                    arm.Differences?.TryGetValue(metric, out diff);
                    var f = c.Findings.Of(arm.Name, metric);
                    m.Append(" | ").Append(diff is null ? "" : ReportContent.Signed(diff.Mean)).Append(" | ").Append(diff is null ? "" : ReportContent.Interval(diff))
                        .Append(" | ").Append(f is null ? "" : Findings.PText(f.AdjustedP));
                }
                m.Append(" |\n");
            }
            m.Append('\n');
        }

        m.Append("## ").Append(t["sec.method"]).Append("\n\n").Append(c.Method()).Append("\n\n");
        m.Append("## ").Append(t["sec.glossary"]).Append("\n\n");
        foreach (var metric in c.Table.Metrics.Where(x => MetricGlossary.Explain(x, t.Language) is not null))
        {
            m.Append("- **").Append(MetricGlossary.Label(metric, t.Language)).Append("** (`").Append(metric).Append("`): ")
                .Append(MetricGlossary.Explain(metric, t.Language)).Append('\n');
        }
        m.Append("\n## ").Append(t["sec.scenario"]).Append("\n\n```yaml\n").Append(c.ScenarioText.TrimEnd('\n')).Append("\n```\n");
        stream.Write(new UTF8Encoding(false).GetBytes(m.ToString()));
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
