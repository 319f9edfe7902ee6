namespace CenterSim.Cli.Output;

/// <summary>The repository's committed reference results: the <c>results/</c> folder beside <c>CenterSim.sln</c>.</summary>
public static class ReferenceResults
{
    public const string SolutionFile = "CenterSim.sln";

    /// <summary>The repository folder when <paramref name="folder"/> is its results/ or inside it, else null.</summary>
    public static string? Contains(string folder)
    {
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        while (Path.GetDirectoryName(current) is { } parent)
        {
            if (Path.GetFileName(current) == "results" && File.Exists(Path.Combine(parent, SolutionFile)))
            {
                return parent;
            }
            current = parent;
        }
        return null;
    }
}
