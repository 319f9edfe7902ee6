using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>Names that must differ within a list (tenant groups, a center's pools): the second use of one is reported.</summary>
public sealed class UniqueNames(string what, string advice = "")
{
    private readonly Dictionary<string, Node> _first = new(StringComparer.Ordinal);

    /// <summary>The name when it is new (or null stays null); null, reported at <paramref name="node"/>, when it was used before.</summary>
    public string? Claim(string? name, Node? node, NodeReader r)
    {
        if (name is null || node is null)
        {
            return name;
        }
        if (_first.TryGetValue(name, out var first))
        {
            r.Error(node, $"duplicate {what} '{name}' (first defined at line {first.Line}){advice}");
            return null;
        }
        _first[name] = node;
        return name;
    }
}
