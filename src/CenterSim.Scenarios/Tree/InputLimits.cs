namespace CenterSim.Scenarios.Tree;

/// <summary>
/// How large a scenario file may be, so a small file can never exhaust the stack or the memory. Real
/// scenarios are a few kilobytes, nest fewer than 10 levels and use a handful of aliases; every limit is
/// orders of magnitude above that.
/// </summary>
public static class InputLimits
{
    /// <summary>Bytes of one scenario file (traces are separate files and not bounded here).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Levels of nested lists and mappings; every reader of the tree recurses at most this deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Aliases (<c>*name</c>) in one document.</summary>
    public const int MaxAliases = 10_000;

    /// <summary>
    /// Nodes of the document with every alias replaced by what it names. Aliases share nodes in the tree,
    /// but a variant or sweep value is written out in full, so nested aliases ("billion laughs") must be
    /// bounded by their expanded size, not their text.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;
}
