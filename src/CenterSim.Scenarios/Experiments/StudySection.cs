using System.Globalization;
using System.Text.RegularExpressions;
using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// Reads the study keys of a scenario file: <c>variants</c> (a list of <c>{name, set: {dotted.path: value}}</c>),
/// <c>sweep</c> (a mapping of dotted path to a list of values) and <c>precision</c> (the replication stop rule).
/// The settings themselves are checked later, when each arm's scenario is converted.
/// </summary>
public static partial class StudySection
{
    public const string BaselineName = "baseline";

    public static readonly string[] VariantKeys = { "name", "set" };

    public static readonly string[] PrecisionKeys = { "metric", "half_width_percent", "max_replications" };

    public static IReadOnlyList<ArmPlan> ReadVariants(MappingNode root, NodeReader r)
    {
        var node = NodeReader.Optional(root, "variants");
        var list = r.Sequence(node, "variants");
        var plans = new List<ArmPlan>();
        if (list is null)
        {
            return plans;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { BaselineName };
        foreach (var item in list.Items)
        {
            var map = r.Mapping(item, "a variant");
            if (map is null)
            {
                continue;
            }
            r.CheckKeys(map, "a variant", VariantKeys);
            var nameNode = r.Required(map, "name", "a variant");
            var name = r.String(nameNode, "name");
            if (name is not null && (!ValidName().IsMatch(name) || name.All(c => c == '.')))
            {
                r.Error(nameNode!, $"variant name '{name}' is used as a folder name and may only contain a-z, 0-9, '-', '_' and '.'");
                name = null;
            }
            else if (name is not null && !seen.Add(name))
            {
                r.Error(nameNode!, name == BaselineName
                    ? "'baseline' is the name of the base scenario; give the variant another name"
                    : $"variant name '{name}' is used twice");
                name = null;
            }
            var set = r.Mapping(r.Required(map, "set", "a variant"), "set");
            if (set is not null && set.Entries.Count == 0)
            {
                r.Error(set, "'set' is empty: give at least one 'dotted.path: value'");
            }
            if (name is not null && set is not null)
            {
                plans.Add(new ArmPlan(name, set.Entries.Select(e => new ArmSetting(e.Name, FlowText.Of(e.Value), e.Value)).ToList()));
            }
        }
        return plans;
    }

    public static IReadOnlyList<SweepAxis> ReadSweep(MappingNode root, NodeReader r)
    {
        var map = r.Mapping(NodeReader.Optional(root, "sweep"), "sweep");
        var axes = new List<SweepAxis>();
        if (map is null)
        {
            return axes;
        }
        foreach (var entry in map.Entries)
        {
            var values = r.Sequence(entry.Value, $"sweep '{entry.Name}'");
            if (values is null)
            {
                continue;
            }
            if (values.Items.Count == 0)
            {
                r.Error(values, $"sweep '{entry.Name}' has no values");
                continue;
            }
            axes.Add(new SweepAxis(entry.Name, values.Items.Select(v => SweepValue(entry.Name, v, r)).ToList()));
        }
        return axes;
    }

    /// <summary>
    /// One swept value: as written, or <c>{name: tou, value: {...}}</c> (a mapping of exactly these two
    /// keys) to give it a short name for folders, legends and axes.
    /// </summary>
    private static ArmSetting SweepValue(string key, Node v, NodeReader r)
    {
        if (v is MappingNode map && map.Entries.Count == 2 && map["name"] is { } nameNode && map["value"] is { } value)
        {
            var name = r.String(nameNode, "name");
            if (name is not null && (!ValidName().IsMatch(name) || name.All(c => c == '.')))
            {
                r.Error(nameNode, $"sweep value name '{name}' is used in folder names and may only contain a-z, 0-9, '-', '_' and '.'");
            }
            return new ArmSetting(key, FlowText.Of(value), value) { Name = name };
        }
        return new ArmSetting(key, FlowText.Of(v), v);
    }

    /// <summary>
    /// <c>headline</c>: the metrics of the report's first table, in order (at most <see cref="MaxHeadline"/>, each once);
    /// null when absent. Whether each is a metric the runs report is checked by the command, which knows them.
    /// </summary>
    public static IReadOnlyList<(string Metric, string Where)>? ReadHeadline(MappingNode root, NodeReader r)
    {
        if (NodeReader.Optional(root, "headline") is not { } node || r.Sequence(node, "headline") is not { } list)
        {
            return null;
        }
        if (list.Items.Count is 0 or > MaxHeadline)
        {
            r.Error(list, $"'headline': give 1 to {MaxHeadline} metrics for the report's first table, found {list.Items.Count}");
            return null;
        }
        var metrics = new List<(string, string)>();
        foreach (var item in list.Items)
        {
            if (r.String(item, "headline") is not { } name)
            {
                continue;
            }
            if (metrics.Any(m => m.Item1 == name))
            {
                r.Error(item, $"'headline': '{name}' is listed twice");
                continue;
            }
            metrics.Add((name, $"{r.File}:{item.Line}:{item.Column}"));
        }
        return metrics;
    }

    /// <summary>The most metrics the report's first table shows.</summary>
    public const int MaxHeadline = 8;

    public static PrecisionSpec? ReadPrecision(MappingNode root, NodeReader r, int? replications)
    {
        var node = NodeReader.Optional(root, "precision");
        var map = r.Mapping(node, "precision");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "precision", PrecisionKeys);
        var metricNode = r.Required(map, "metric", "precision");
        var metric = r.String(metricNode, "metric");
        var percent = r.Number(r.Required(map, "half_width_percent", "precision"), "half_width_percent", Bounds.Positive);
        var maxNode = r.Required(map, "max_replications", "precision");
        var max = r.Int(maxNode, "max_replications", 2);
        if (replications is < 2)
        {
            r.Error(node!, "'precision' needs 'replications' of at least 2 to start from (an interval needs two values)");
        }
        if (max is not null && replications is not null && max < replications)
        {
            r.Error(maxNode!, $"'max_replications' ({max}) is below 'replications' ({replications})");
        }
        return metric is null || percent is null || max is null
            ? null
            : new PrecisionSpec(metric, percent.Value, max.Value, $"{r.File}:{metricNode!.Line}:{metricNode.Column}");
    }

    /// <summary>The cartesian product of the axes, the first key varying slowest, each point named from its values.</summary>
    public static IReadOnlyList<ArmPlan> SweepPoints(IReadOnlyList<SweepAxis> axes)
    {
        var shortNames = axes.Select(a => a.Key.Split('.')[^1]).ToArray();
        var labels = axes.Select((a, i) => shortNames.Count(s => s == shortNames[i]) > 1 ? a.Key : shortNames[i]).ToArray();
        IEnumerable<IReadOnlyList<ArmSetting>> points = [[]];
        foreach (var axis in axes)
        {
            points = points.SelectMany(p => axis.Values.Select(v => (IReadOnlyList<ArmSetting>)[.. p, v])).ToList();
        }
        return points.Select(p => new ArmPlan(
            // A named value stands alone ("tou"); an unnamed one keeps its key ("pue-1.2").
            string.Join('_', p.Select((s, i) => s.Name ?? $"{labels[i]}-{s.Value}")).Select(Safe).Aggregate("", (a, c) => a + c),
            p)).ToList();
    }

    private static string Safe(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture) : "-";

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex ValidName();
}
