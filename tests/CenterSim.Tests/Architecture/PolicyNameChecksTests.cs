using System.Text.RegularExpressions;
using CenterSim.Policies;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Architecture;

/// <summary>
/// Policies decide through hooks: no actor, calculator or loader may choose behaviour by a policy's
/// name. The registry (PolicyCatalog.cs) is the one place where names meet classes.
/// </summary>
public class PolicyNameChecksTests
{
    private static readonly Regex NameComparison = new(
        @"(Pricing|Scheduling|Placement|Broker|Allocation)\??\.Name\s*(==|!=|is\b)|Contains\([^)]*(Pricing|Scheduling|Placement|Broker|Allocation)\??\.Name\)"
        + @"|\.Name\s*(==|!=)\s*""(?<name>[a-z][a-z-]*)""",
        RegexOptions.Compiled);

    [Fact]
    public void No_source_file_outside_the_registry_compares_a_policy_name()
    {
        var src = Path.Combine(ScenarioTexts.RepositoryRoot(), "src");
        var names = PolicyCatalog.All.SelectMany(c => c.Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || Path.GetFileName(file) == "PolicyCatalog.cs")
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }
                var match = NameComparison.Match(line);
                if (match.Success && (!match.Groups["name"].Success || names.Contains(match.Groups["name"].Value)))
                {
                    hits.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {line.Trim()}");
                }
            }
        }
        Assert.True(hits.Count == 0, "policy names compared outside the registry:\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_scan_finds_a_name_comparison_when_there_is_one()
    {
        Assert.Matches(NameComparison, "if (spec.Policies.Pricing.Name == \"spot\")");
        Assert.Matches(NameComparison, "if (policies?.Pricing.Name is \"spot\" or \"committed\")");
        Assert.Matches(NameComparison, "x.Name != \"fifo\"");
        Assert.Matches(NameComparison, "if (MarketPricing.Contains(policies.Pricing.Name))");
        Assert.DoesNotMatch(NameComparison, "if (entry.Name == key)");
    }
}
