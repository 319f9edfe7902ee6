namespace CenterSim.Scenarios.Fuzzing;

/// <summary>The scenarios fuzzing starts from: DIR/*.yaml and DIR/*/*.yaml, in ordinal order.</summary>
public static class ScenarioCorpus
{
    public static IReadOnlyList<string> Files(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.GetFiles(folder, "*.yaml")
                .Concat(Directory.GetDirectories(folder).SelectMany(d => Directory.GetFiles(d, "*.yaml")))
                .Order(StringComparer.Ordinal)
                .ToList();
}
