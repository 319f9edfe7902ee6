namespace CenterSim.Reporting.Formatting;

/// <summary>
/// Metrics of one part of a network run: a center's (<c>west.utilization</c>) or a wide-area link's
/// (<c>wan.a&gt;b.data_tb</c>). Per-category market metrics (<c>chip_hours_by_category.sme</c>) are not.
/// </summary>
public static class MetricScope
{
    public const string CategoryPrefix = "chip_hours_by_category.";

    public const string WanPrefix = "wan.";

    public static bool IsScoped(string metric) =>
        metric.Contains('.', StringComparison.Ordinal) && !metric.StartsWith(CategoryPrefix, StringComparison.Ordinal);

    /// <summary>The center or link a scoped metric is about: <c>west</c> of <c>west.utilization</c>, <c>a&gt;b</c> of <c>wan.a&gt;b.data_tb</c>.</summary>
    public static string Scope(string metric)
    {
        var scope = metric[..metric.LastIndexOf('.')];
        return scope.StartsWith(WanPrefix, StringComparison.Ordinal) ? scope[WanPrefix.Length..] : scope;
    }
}
