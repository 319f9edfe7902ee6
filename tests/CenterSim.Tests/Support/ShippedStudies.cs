using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Experiments;
using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Support;

/// <summary>The shipped scenarios under scenarios/ loaded as studies (base and variants), which must load without errors.</summary>
public static class ShippedStudies
{
    public static StudySpec Load(string file)
    {
        var result = StudyLoader.LoadFile(Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", file), StudyKind.Variants);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Study!;
    }
}
