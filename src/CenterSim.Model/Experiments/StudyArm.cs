using CenterSim.Model.Scenario;

namespace CenterSim.Model.Experiments;

/// <summary>
/// One configuration of a study: the base scenario (<c>baseline</c>), a named variant, or one sweep
/// point, with the dotted-path settings that made it differ from the base (empty for the baseline).
/// </summary>
public sealed record StudyArm(string Name, ScenarioSpec Spec, IReadOnlyList<KeyValuePair<string, string>> Settings)
{
    /// <summary>The name of each setting's value, in the order of <see cref="Settings"/>: the name a sweep gave it (<c>{name: tou, value: ...}</c>), else the value itself.</summary>
    public IReadOnlyList<string> ValueNames { get; init; } = Settings.Select(s => s.Value).ToList();
}
