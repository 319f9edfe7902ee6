using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>Finds the node a check is about, to report it there: the deepest node of a path that exists.</summary>
public static class Locate
{
    /// <param name="steps">mapping keys (string) and list indexes (int), from <paramref name="from"/> down</param>
    public static Node Path(Node? from, params object[] steps)
    {
        var current = from ?? throw new ArgumentNullException(nameof(from));
        foreach (var step in steps)
        {
            Node? next = (current, step) switch
            {
                (MappingNode m, string key) => m[key],
                (SequenceNode q, int i) when i >= 0 && i < q.Items.Count => q.Items[i],
                _ => null,
            };
            if (next is null)
            {
                return current;
            }
            current = next;
        }
        return current;
    }
}
