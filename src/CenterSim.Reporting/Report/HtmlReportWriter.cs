using System.Net;
using System.Text;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Report;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (plots embedded as PNG data, styles inline, no
/// scripts or links), so it opens offline and can be mailed or put on a projector as it is.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style =
        "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}"
        + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:right}"
        + "th:first-child,td:first-child{text-align:left}th{background:#f0f0f0}img{max-width:100%;border:1px solid #ddd}"
        + "pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.9em}figure{margin:1.5em 0}figcaption{font-weight:bold}"
        + "dt{font-weight:bold;margin-top:.6em}.sig{color:#1f5fa0}";

    public static void Write(ReportContent c, Stream stream)
    {
        var t = c.Text;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(c.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(c.Title)).Append("</h1>\n<p>").Append(E(t["generated"])).Append("</p>\n");
        if (c.Warnings.Lines.Count > 0)
        {
            h.Append("<ul class=\"warnings\">\n");
            foreach (var warning in c.Warnings.Lines)
            {
                h.Append("<li>").Append(E(warning)).Append("</li>\n");
            }
            h.Append("</ul>\n");
        }

        h.Append("<h2>").Append(E(t["sec.summary"])).Append("</h2>\n<table>\n");
        foreach (var (label, value) in c.Overview())
        {
            h.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");
        }
        h.Append("</table>\n<table>\n<tr><th>").Append(E(t["variant"])).Append("</th><th>").Append(E(t["settings"])).Append("</th></tr>\n");
        foreach (var arm in c.Table.Arms)
        {
            h.Append("<tr><td>").Append(E(arm.Name)).Append("</td><td>").Append(E(c.SettingsOf(arm))).Append("</td></tr>\n");
        }
        h.Append("</table>\n");
        if (c.Table.Arms.Count > 1)
        {
            var significant = c.SignificantDifferences();
            h.Append("<p><b>").Append(E(t["significant"])).Append("</b></p>\n");
            if (significant.Count == 0)
            {
                h.Append("<p>").Append(E(t["no_significant"])).Append("</p>\n");
            }
            else
            {
                h.Append("<ul>\n");
                foreach (var line in significant)
                {
                    h.Append("<li class=\"sig\">").Append(E(line)).Append("</li>\n");
                }
                h.Append("</ul>\n");
            }
        }

        h.Append("<h2>").Append(E(t["sec.method"])).Append("</h2>\n<p>").Append(E(c.Method())).Append("</p>\n");

        h.Append("<h2>").Append(E(t["sec.results"])).Append("</h2>\n");
        foreach (var metric in c.Table.Metrics)
        {
            h.Append("<h3>").Append(E(MetricGlossary.Label(metric, t.Language))).Append(" <small>(").Append(E(metric)).Append(")</small></h3>\n<table>\n<tr><th>")
                .Append(E(t["variant"])).Append("</th><th>").Append(E(t["mean"])).Append("</th><th>").Append(E(t["ci95"])).Append("</th>");
            if (c.Table.Arms.Count > 1)
            {
                h.Append("<th>").Append(E(t["difference"])).Append("</th><th>").Append(E(t["diff_ci95"])).Append("</th>");
            }
            h.Append("</tr>\n");
            foreach (var arm in c.Table.Arms)
            {
                var row = arm.Row(metric);
                h.Append("<tr><td>").Append(E(arm.Name)).Append("</td><td>").Append(row is null ? "" : E(Formatting.NumberText.Readable(row.Mean)))
                    .Append("</td><td>").Append(E(ReportContent.Interval(row?.Estimate))).Append("</td>");
                if (c.Table.Arms.Count > 1)
                {
                    Estimate? diff = null;
                    arm.Differences?.TryGetValue(metric, out diff);
                    h.Append("<td>").Append(diff is null ? "" : E(ReportContent.Signed(diff.Mean))).Append("</td><td>")
                        .Append(diff is null ? "" : E(ReportContent.Interval(diff))).Append("</td>");
                }
                h.Append("</tr>\n");
            }
            h.Append("</table>\n");
        }

        h.Append("<h2>").Append(E(t["sec.plots"])).Append("</h2>\n<p>").Append(E(t["constant"])).Append("</p>\n");
        foreach (var plot in c.Plots)
        {
            h.Append("<figure><figcaption>").Append(E(plot.Caption)).Append("</figcaption>\n<img alt=\"").Append(E(plot.Caption))
                .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(plot.Png)).Append("\"></figure>\n");
        }

        h.Append("<h2>").Append(E(t["sec.glossary"])).Append("</h2>\n<dl>\n");
        foreach (var metric in c.Table.Metrics)
        {
            h.Append("<dt>").Append(E(MetricGlossary.Label(metric, t.Language))).Append(" (").Append(E(metric)).Append(")</dt><dd>")
                .Append(E(MetricGlossary.Explain(metric, t.Language) ?? t["unknown_metric"])).Append("</dd>\n");
        }
        h.Append("</dl>\n");

        h.Append("<h2>").Append(E(t["sec.scenario"])).Append("</h2>\n<pre>").Append(E(c.ScenarioText)).Append("</pre>\n</body>\n</html>\n");
        stream.Write(new UTF8Encoding(false).GetBytes(h.ToString()));
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
