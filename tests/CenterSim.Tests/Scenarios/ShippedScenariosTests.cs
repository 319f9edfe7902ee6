using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using Xunit;

namespace CenterSim.Tests.Scenarios;

/// <summary>Every scenario the repository ships loads without a single problem, variants and all.</summary>
public class ShippedScenariosTests
{
    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("philly-replay.yaml", StringComparison.Ordinal)) // reads a trace from shared/data, beside the repository
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(ScenarioTexts.RepositoryRoot(), f) });

    [Theory]
    [MemberData(nameof(Files))]
    public void Loads_cleanly(string file)
    {
        var result = StudyLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), file), StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Study!.Arms);
    }
}
