using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Serving;
using Xunit;

namespace CenterSim.Tests.Scenarios;

/// <summary>Every scenario the repository ships loads without a single problem, variants and all.</summary>
public class ShippedScenariosTests
{
    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("philly-replay.yaml", StringComparison.Ordinal)) // reads a trace from shared/data, beside the repository
                                                                                     // These read the Azure LLM inference trace from shared/data too; they are checked where it is present.
            .Where(f => ServingTraceFile.LocateData(ScenarioTexts.RepositoryRoot()) is not null
                || !(f.EndsWith("serving-replay.yaml", StringComparison.Ordinal) || f.EndsWith("inference-and-training.yaml", StringComparison.Ordinal)))
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
