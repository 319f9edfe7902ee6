using System.Globalization;
using System.Net;
using System.Text;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>
/// Writes <c>report.html</c>, laid out like a paper's results section: a table of contents, the arms
/// against the headline metrics (mean, 95% interval, paired difference, findings marked), the findings
/// after Holm's correction, the key plots (embedded as PNG data), and then, folded in &lt;details&gt;, the
/// full tables, the remaining findings, links to the other plots in <c>plots/</c>, the glossary and the
/// scenario. Styles inline, no scripts: it opens offline and can be mailed or projected as it is.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Findings listed on the first screen; the rest are folded.</summary>
    public const int FirstFindings = 10;

    private const string Style =
        "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
        + "table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right;vertical-align:top}"
        + "th:first-child,td:first-child{text-align:left}th{background:#f0f0f0}img{max-width:100%;border:1px solid #ddd}"
        + "pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.85em}figure{margin:1em 0}figcaption{font-weight:bold}"
        + "dt{font-weight:bold;margin-top:.5em}.d{color:#555;font-size:.9em}.f{color:#0b4f9c;font-weight:bold}nav{font-size:.95em}"
        + "details{margin:.5em 0 1em}summary{cursor:pointer;font-weight:bold}.note{color:#555;font-size:.9em}"
        + ".kv td,.kv th{border:none;padding:.1em .8em .1em 0;background:none;text-align:left}.n{white-space:nowrap}"
        + ".wide{overflow-x:auto}.head{font-size:.88em}";

    public static void Write(ReportContent c, Stream stream)
    {
        var t = c.Text;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(c.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(c.Title)).Append("</h1>\n<p class=\"note\">").Append(E(t["generated"])).Append("</p>\n");
        var many = c.Table.Arms.Count > 1;
        var sections = new List<(string Id, string Title)> { ("glance", t["sec.summary"]) };
        if (many)
        {
            sections.Add(("findings", t["sec.findings"]));
        }
        sections.AddRange([("plots", t["sec.plots"]), ("tables", t["sec.results"]), ("method", t["sec.method"]), ("glossary", t["sec.glossary"]), ("scenario", t["sec.scenario"])]);
        h.Append("<nav><b>").Append(E(t["toc"])).Append(":</b> ")
            .Append(string.Join(" · ", sections.Select(s => $"<a href=\"#{s.Id}\">{E(s.Title)}</a>"))).Append("</nav>\n");
        if (c.Warnings.Lines.Count > 0)
        {
            h.Append("<ul class=\"warnings\">\n");
            foreach (var warning in c.Warnings.Lines)
            {
                h.Append("<li>").Append(E(warning)).Append("</li>\n");
            }
            h.Append("</ul>\n");
        }

        h.Append("<h2 id=\"glance\">").Append(E(t["sec.summary"])).Append("</h2>\n<table class=\"kv\">");
        foreach (var (label, value) in c.Overview())
        {
            h.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }
        h.Append("</table>\n<table class=\"kv\">");
        foreach (var arm in c.Table.Arms)
        {
            h.Append("<tr><th>").Append(E(arm.Name)).Append("</th><td class=\"d\">").Append(E(c.SettingsOf(arm))).Append("</td></tr>");
        }
        h.Append("</table>\n");
        Headline(c, h);
        if (many)
        {
            FindingsSection(c, h);
        }

        h.Append("<h2 id=\"plots\">").Append(E(t["sec.plots"])).Append("</h2>\n");
        foreach (var plot in c.KeyPlots)
        {
            Figure(h, plot);
        }
        if (c.OtherPlots.Count > 0)
        {
            h.Append("<details><summary>").Append(E(string.Format(CultureInfo.InvariantCulture, t["more_plots"], c.OtherPlots.Count))).Append("</summary>\n<p class=\"note\">")
                .Append(E(t["constant"])).Append("</p>\n<ul>\n");
            foreach (var plot in c.OtherPlots)
            {
                h.Append("<li><a href=\"plots/").Append(E(plot.Name)).Append(".png\">").Append(E(plot.Caption)).Append("</a> (<a href=\"plots/")
                    .Append(E(plot.Name)).Append(".svg\">SVG</a>)</li>\n");
            }
            h.Append("</ul>\n</details>\n");
        }

        h.Append("<h2 id=\"tables\">").Append(E(t["sec.results"])).Append("</h2>\n<details><summary>")
            .Append(E(string.Format(CultureInfo.InvariantCulture, t["all_metrics"], c.Table.Metrics.Count))).Append("</summary>\n");
        foreach (var metric in c.Table.Metrics)
        {
            MetricTable(c, metric, h);
        }
        h.Append("</details>\n");

        h.Append("<h2 id=\"method\">").Append(E(t["sec.method"])).Append("</h2>\n<p>").Append(E(c.Method())).Append("</p>\n");

        h.Append("<h2 id=\"glossary\">").Append(E(t["sec.glossary"])).Append("</h2>\n<details><summary>")
            .Append(E(string.Format(CultureInfo.InvariantCulture, t["all_metrics"], c.Table.Metrics.Count))).Append("</summary>\n<dl>\n");
        foreach (var metric in c.Table.Metrics.Where(m => MetricGlossary.Explain(m, t.Language) is not null))
        {
            h.Append("<dt>").Append(E(MetricGlossary.Label(metric, t.Language))).Append(" <code>").Append(E(metric)).Append("</code></dt><dd>")
                .Append(E(MetricGlossary.Explain(metric, t.Language)!)).Append("</dd>\n");
        }
        h.Append("</dl>\n</details>\n");

        h.Append("<h2 id=\"scenario\">").Append(E(t["sec.scenario"])).Append("</h2>\n<details><summary>").Append(E(t["show_scenario"]))
            .Append("</summary>\n<pre>").Append(E(c.ScenarioText)).Append("</pre>\n</details>\n</body>\n</html>\n");
        stream.Write(new UTF8Encoding(false).GetBytes(h.ToString()));
    }

    /// <summary>Arms down, headline metrics across: mean [95% interval], and under it the paired difference, bold when it is a finding.</summary>
    private static void Headline(ReportContent c, StringBuilder h)
    {
        var t = c.Text;
        var metrics = c.Headline;
        h.Append("<div class=\"wide\"><table class=\"head\">\n<tr><th>").Append(E(t["variant"])).Append("</th>");
        foreach (var m in metrics)
        {
            h.Append("<th>").Append(E(MetricGlossary.Label(m, t.Language))).Append("</th>");
        }
        h.Append("</tr>\n");
        foreach (var arm in c.Table.Arms)
        {
            h.Append("<tr><td>").Append(E(arm.Name)).Append("</td>");
            foreach (var m in metrics)
            {
                var (mean, interval, diff, finding) = c.Cell(arm, m);
                h.Append("<td><span class=\"n\">").Append(E(mean)).Append("</span><br><span class=\"n d\">").Append(E(interval)).Append("</span>");
                if (diff is not null)
                {
                    h.Append("<br><span class=\"n ").Append(finding ? "f" : "d").Append("\">").Append(E(diff)).Append(finding ? " ✱" : "").Append("</span>");
                }
                h.Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</table></div>\n<p class=\"note\">").Append(E(c.HeadlineNote())).Append("</p>\n");
    }

    private static void FindingsSection(ReportContent c, StringBuilder h)
    {
        var t = c.Text;
        h.Append("<h2 id=\"findings\">").Append(E(t["sec.findings"])).Append("</h2>\n<p>").Append(E(c.FindingsSummary())).Append("</p>\n");
        var main = c.SignificantDifferences();
        h.Append("<ul>\n");
        foreach (var line in main.Take(FirstFindings))
        {
            h.Append("<li>").Append(E(line)).Append("</li>\n");
        }
        h.Append("</ul>\n");
        var rest = main.Skip(FirstFindings).ToList();
        var scoped = c.SignificantDifferences(scoped: true);
        if (rest.Count + scoped.Count > 0)
        {
            h.Append("<details><summary>").Append(E(string.Format(CultureInfo.InvariantCulture, t["more_findings"], rest.Count + scoped.Count))).Append("</summary>\n<ul>\n");
            foreach (var line in rest.Concat(scoped))
            {
                h.Append("<li>").Append(E(line)).Append("</li>\n");
            }
            h.Append("</ul>\n</details>\n");
        }
    }

    private static void MetricTable(ReportContent c, string metric, StringBuilder h)
    {
        var t = c.Text;
        var many = c.Table.Arms.Count > 1;
        h.Append("<h3>").Append(E(MetricGlossary.Label(metric, t.Language))).Append(" <small><code>").Append(E(metric)).Append("</code></small></h3>\n<table>\n<tr><th>")
            .Append(E(t["variant"])).Append("</th><th>").Append(E(t["mean"])).Append("</th><th>").Append(E(t["ci95"])).Append("</th>");
        if (many)
        {
            h.Append("<th>").Append(E(t["difference"])).Append("</th><th>").Append(E(t["diff_ci95"])).Append("</th><th>").Append(E(t["holm_p"])).Append("</th>");
        }
        h.Append("</tr>\n");
        foreach (var arm in c.Table.Arms)
        {
            var row = arm.Row(metric);
            h.Append("<tr><td>").Append(E(arm.Name)).Append("</td><td>").Append(row is null ? "" : E(Formatting.NumberText.Readable(row.Mean)))
                .Append("</td><td>").Append(E(ReportContent.BoundedInterval(metric, row?.Estimate))).Append("</td>");
            if (many)
            {
                var f = c.Findings.Of(arm.Name, metric);
                Estimate? diff = null;
                arm.Differences?.TryGetValue(metric, out diff);
                h.Append("<td>").Append(diff is null ? "" : E(ReportContent.Signed(diff.Mean))).Append("</td><td>")
                    .Append(diff is null ? "" : E(ReportContent.Interval(diff))).Append("</td><td>").Append(f is null ? "" : E(Findings.PText(f.AdjustedP))).Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</table>\n");
    }

    private static void Figure(StringBuilder h, Plots.PlotFile plot) =>
        h.Append("<figure><figcaption>").Append(E(plot.Caption)).Append("</figcaption>\n<img alt=\"").Append(E(plot.Caption))
            .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(plot.Png)).Append("\"></figure>\n");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
