using System.Text.RegularExpressions;
using CenterSim.Policies.Registry;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Cli.Policies;

/// <summary>
/// The generated policy tables of a Markdown document: each kind's tables sit between
/// <c>&lt;!-- policies:begin KIND --&gt;</c> and <c>&lt;!-- policies:end --&gt;</c> on lines of their own,
/// and <see cref="Rewrite"/> regenerates them from the registry, leaving everything else as it is.
/// Every kind must have exactly one region, so a newly registered kind cannot be left out.
/// </summary>
public static partial class PolicyDocRegions
{
    public static string Begin(IPolicyCatalog catalog) => $"<!-- policies:begin {PolicyKinds.Slug(catalog)} -->";

    public const string End = "<!-- policies:end -->";

    /// <summary>The document with every region regenerated; its problems, as <c>FILE:LINE:COL: message</c>, are bad input.</summary>
    public static string Rewrite(string path, string text, IReadOnlyList<IPolicyCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogs);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        var bySlug = catalogs.ToDictionary(PolicyKinds.Slug, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var output = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            output.Add(lines[i]);
            var begin = BeginPattern().Match(lines[i]);
            if (!begin.Success)
            {
                if (lines[i].Trim() == End)
                {
                    problems.Add($"{path}:{i + 1}:1: '{End}' without a '<!-- policies:begin KIND -->' before it");
                }
                continue;
            }
            var slug = begin.Groups[1].Value;
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == End || BeginPattern().IsMatch(l));
            if (end < 0 || lines[end].Trim() != End)
            {
                problems.Add($"{path}:{i + 1}:1: the region of '{slug}' has no '{End}' before the next region or the end of the file");
                continue;
            }
            if (!bySlug.TryGetValue(slug, out var catalog))
            {
                problems.Add($"{path}:{i + 1}:1: no kind of policy is called '{slug}'{Suggestions.HintWithList(slug, bySlug.Keys.ToList())}");
            }
            else if (!seen.Add(slug))
            {
                problems.Add($"{path}:{i + 1}:1: a second region of '{slug}'");
            }
            else
            {
                output.Add("");
                output.AddRange(PolicyMarkdown.Tables(catalog));
                output.Add("");
            }
            output.Add(lines[end]);
            i = end;
        }
        problems.AddRange(catalogs.Where(c => !seen.Contains(PolicyKinds.Slug(c)))
            .Select(c => $"{path}:1:1: no region for the {c.Kind} policies; add '{Begin(c)}' and '{End}' on lines of their own where their tables belong"));
        return problems.Count > 0 ? throw new BadInputException(problems) : string.Join(newline, output);
    }

    [GeneratedRegex(@"^\s*<!-- policies:begin ([^ ]+) -->\s*$")]
    private static partial Regex BeginPattern();
}
