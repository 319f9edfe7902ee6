namespace CenterSim.Reporting.Report;

/// <summary>
/// Plain-language names and explanations of metrics for people who are not specialists (the entries are
/// in <see cref="MetricEntries"/>). Metrics are discovered by name, so a metric added elsewhere appears in
/// every table even before it is listed; names under a known prefix (<c>chip_hours_by_category.</c>) get
/// the prefix's text, and a network run's per-center and per-link names (<c>west.utilization</c>) the text
/// of the metric after the dot.
/// </summary>
public static class MetricGlossary
{
    /// <summary>Every listed metric name, then the prefixed families as <c>prefix&lt;name&gt;</c>.</summary>
    public static IEnumerable<string> Names =>
        MetricEntries.Known.Keys.Concat(MetricEntries.Prefixes.Select(p => p.Prefix + "<category>"));

    /// <summary>The entry of a metric, or null for one this list does not know.</summary>
    public static MetricEntry? Entry(string metric)
    {
        if (MetricEntries.Known.TryGetValue(metric, out var k))
        {
            return k;
        }
        foreach (var (prefix, entry) in MetricEntries.Prefixes)
        {
            if (metric.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = metric[prefix.Length..];
                return entry with { En = entry.En + rest, Zh = entry.Zh + rest };
            }
        }
        if (Scoped(metric) is var (scope, known))
        {
            return known with
            {
                En = scope + ": " + known.En,
                Zh = scope + ": " + known.Zh,
                EnText = $"For {scope}: {known.EnText}",
                ZhText = $"{scope}：{known.ZhText}",
                Role = known.Role == MetricRole.Headline ? MetricRole.Outcome : known.Role,
            };
        }
        return null;
    }

    public static string Label(string metric, ReportLanguage language) =>
        Entry(metric) is { } e ? (language == ReportLanguage.Chinese ? e.Zh : e.En) : metric;

    /// <summary>The explanation, or null for a metric this list does not know.</summary>
    public static string? Explain(string metric, ReportLanguage language) =>
        Entry(metric) is { } e ? (language == ReportLanguage.Chinese ? e.ZhText : e.EnText) : null;

    /// <summary>The metric's physical range; unknown metrics are taken as signed (nothing is clipped).</summary>
    public static MetricBound Bound(string metric) => Entry(metric)?.Bound ?? MetricBound.Signed;

    public static MetricRole Role(string metric) => Entry(metric)?.Role ?? MetricRole.Outcome;

    /// <summary>A network run's <c>center.metric</c> or <c>wan.from&gt;to.metric</c>: the scope and the known metric after the last dot.</summary>
    private static (string Scope, MetricEntry Known)? Scoped(string metric)
    {
        var dot = metric.LastIndexOf('.');
        return dot > 0 && MetricEntries.Known.TryGetValue(metric[(dot + 1)..], out var k) ? (metric[..dot], k) : null;
    }
}
