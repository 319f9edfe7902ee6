using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios;

/// <summary>
/// The outcome of reading a scenario: the spec when the file had no problem, otherwise every problem found,
/// sorted by line then column.
/// </summary>
public sealed record ScenarioLoadResult(ScenarioSpec? Spec, IReadOnlyList<Diagnostic> Errors)
{
    public bool Ok => Spec is not null && Errors.Count == 0;
}
