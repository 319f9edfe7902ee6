namespace CenterSim.Scenarios.Tree;

/// <summary>
/// A node of a scenario's YAML document, with the 1-based position it came from. The tree is mutable so
/// overrides can be applied before the tree is turned into specs (and validated like the file itself).
/// </summary>
public abstract class Node(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Where the node came from when not from the file, e.g. "override 'centers.0.pue=1.3'"; null for file nodes.</summary>
    public string? Origin { get; init; }

    /// <summary>How the node reads in a message: the scalar text, or "a mapping" / "a list".</summary>
    public abstract string Describe();
}
