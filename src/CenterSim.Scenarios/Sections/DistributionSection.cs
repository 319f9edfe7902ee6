using CenterSim.Model.Workload;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A positive random quantity, written as a mapping with exactly one kind:
/// <c>{ fixed: 10 }</c>, <c>{ exponential: { mean: 1 } }</c>, <c>{ lognormal: { mean: 200, sd: 400 } }</c>
/// or <c>{ empirical: [3, 5, 8] }</c>.
/// </summary>
public static class DistributionSection
{
    public static readonly string[] Kinds = { "fixed", "exponential", "lognormal", "empirical" };

    private const string Example = "e.g. { lognormal: { mean: 200, sd: 400 } }";

    /// <param name="values">the allowed values of <c>fixed</c> and <c>empirical</c> (default: > 0); means stay > 0</param>
    public static DistributionSpec? Read(Node? node, string label, NodeReader r, Bounds? values = null)
    {
        var allowed = values ?? Bounds.Positive;
        if (node is null)
        {
            return null;
        }
        if (node is not MappingNode map || map.Entries.Count != 1)
        {
            r.Error(node, $"'{label}': expected one of {string.Join(", ", Kinds)} ({Example}), found {node.Describe()}"
                + (node is MappingNode m ? $" with {m.Entries.Count} keys" : ""));
            return null;
        }
        var entry = map.Entries[0];
        switch (entry.Name)
        {
            case "fixed":
                var v = r.Number(entry.Value, "fixed", allowed);
                return v is null ? null : new FixedDistribution(v.Value);
            case "exponential":
                {
                    var m = r.Mapping(entry.Value, "exponential");
                    if (m is null)
                    {
                        return null;
                    }
                    r.CheckKeys(m, $"{label}.exponential", new[] { "mean" });
                    var mean = r.Number(r.Required(m, "mean", $"{label}.exponential"), "mean", Bounds.Positive);
                    return mean is null ? null : new ExponentialDistribution(mean.Value);
                }
            case "lognormal":
                {
                    var m = r.Mapping(entry.Value, "lognormal");
                    if (m is null)
                    {
                        return null;
                    }
                    r.CheckKeys(m, $"{label}.lognormal", new[] { "mean", "sd" });
                    var mean = r.Number(r.Required(m, "mean", $"{label}.lognormal"), "mean", Bounds.Positive);
                    var sd = r.Number(r.Required(m, "sd", $"{label}.lognormal"), "sd", Bounds.Positive);
                    return mean is null || sd is null ? null : new LogNormalDistribution(mean.Value, sd.Value);
                }
            case "empirical":
                {
                    var list = r.Sequence(entry.Value, "empirical");
                    if (list is null)
                    {
                        return null;
                    }
                    if (list.Items.Count == 0)
                    {
                        r.Error(list, "'empirical' needs at least one value");
                        return null;
                    }
                    var items = list.Items.Select(i => r.Number(i, "empirical", allowed)).ToList();
                    return items.Any(x => x is null) ? null : new EmpiricalDistribution(items.Select(x => x!.Value).ToArray());
                }
            default:
                r.Error(entry.Key, $"unknown distribution '{entry.Name}' in {label}{Suggestions.HintWithList(entry.Name, Kinds)}");
                return null;
        }
    }
}
