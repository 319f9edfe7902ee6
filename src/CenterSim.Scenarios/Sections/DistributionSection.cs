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

    /// <summary>Largest value or mean: 10^9 chip-hours is 100,000 chips for over a decade, far beyond any run, and keeps sums of work exact.</summary>
    public const double MaxValue = 1e9;

    /// <summary>
    /// Largest sd / mean of a lognormal. Beyond it almost all the work sits in a few jobs many orders of
    /// magnitude larger than the mean, no run's sample mean comes near the mean given, and (sd / mean)^2,
    /// which the parameters are computed from, overflows to infinity long before 10^155.
    /// </summary>
    public const double MaxLognormalCv = 1000;

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
                var v = Bounded(r.Number(entry.Value, "fixed", allowed), entry.Value, "fixed", r);
                return v is null ? null : new FixedDistribution(v.Value);
            case "exponential":
                {
                    var m = r.Mapping(entry.Value, "exponential");
                    if (m is null)
                    {
                        return null;
                    }
                    r.CheckKeys(m, $"{label}.exponential", new[] { "mean" });
                    var meanNode = r.Required(m, "mean", $"{label}.exponential");
                    var mean = Bounded(r.Number(meanNode, "mean", Bounds.Positive), meanNode, "mean", r);
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
                    var meanNode = r.Required(m, "mean", $"{label}.lognormal");
                    var mean = Bounded(r.Number(meanNode, "mean", Bounds.Positive), meanNode, "mean", r);
                    var sdNode = r.Required(m, "sd", $"{label}.lognormal");
                    var sd = r.Number(sdNode, "sd", Bounds.Positive);
                    if (mean is not null && sd is not null && sd / mean > MaxLognormalCv)
                    {
                        r.Error(sdNode!, $"'sd': at most {NodeReader.Format(MaxLognormalCv)} times the mean ({NodeReader.Format(mean.Value)}), found {NodeReader.Format(sd.Value)}; so large a spread puts nearly all the work in a few astronomically large jobs");
                        return null;
                    }
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
                    var items = list.Items.Select(i => Bounded(r.Number(i, "empirical", allowed), i, "empirical", r)).ToList();
                    return items.Any(x => x is null) ? null : new EmpiricalDistribution(items.Select(x => x!.Value).ToArray());
                }
            default:
                r.Error(entry.Key, $"unknown distribution '{entry.Name}' in {label}{Suggestions.HintWithList(entry.Name, Kinds)}");
                return null;
        }
    }

    /// <summary>The value when at most <see cref="MaxValue"/>; otherwise reported (a bad value was reported already and stays null).</summary>
    private static double? Bounded(double? value, Node? node, string label, NodeReader r)
    {
        if (value > MaxValue)
        {
            r.Error(node!, $"'{label}': at most {NodeReader.Format(MaxValue)}, found {NodeReader.Format(value.Value)} (10^9 chip-hours is 100,000 chips for over a decade, 10^9 GB an exabyte: beyond any run)");
            return null;
        }
        return value;
    }
}
