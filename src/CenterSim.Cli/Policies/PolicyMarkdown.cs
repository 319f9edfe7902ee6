using CenterSim.Policies.Registry;

namespace CenterSim.Cli.Policies;

/// <summary>
/// One kind of policy as Markdown: a table of the policies and what they do, and a table of their
/// parameters with unit, default and range. Each row is one line, so no word is ever split.
/// </summary>
public static class PolicyMarkdown
{
    public static IReadOnlyList<string> Tables(IPolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var lines = new List<string> { "| Policy | What it does |", "|---|---|" };
        lines.AddRange(catalog.Names.Select(n => $"| `{n}` | {Cell(catalog.DescriptionOf(n)!)} |"));
        lines.Add("");
        var parameters = catalog.Names.SelectMany(n => catalog.ParametersOf(n)!.Select(p => (Policy: n, Parameter: p))).ToList();
        if (parameters.Count == 0)
        {
            lines.Add($"No {catalog.Kind} policy takes parameters.");
            return lines;
        }
        lines.Add("| Policy | Parameter | Unit | Default | Range | Meaning |");
        lines.Add("|---|---|---|---|---|---|");
        lines.AddRange(parameters.Select(x =>
            $"| `{x.Policy}` | `{x.Parameter.Name}` | {Cell(ParameterText.Unit(x.Parameter))} | {ParameterText.Default(x.Parameter)} | {Cell(ParameterText.Range(x.Parameter))} | {Cell(x.Parameter.Description)} |"));
        return lines;
    }

    /// <summary>Every kind, each under a heading of its own: what `centersim policies` prints when its output is not a terminal.</summary>
    public static string Document(IReadOnlyList<IPolicyCatalog> catalogs)
    {
        var lines = new List<string>();
        foreach (var catalog in catalogs)
        {
            lines.Add($"## {PolicyKinds.Slug(catalog)}");
            lines.Add("");
            lines.AddRange(Tables(catalog));
            lines.Add("");
        }
        return string.Join("\n", lines);
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;");
}
