using CenterSim.Model.Scenario;

namespace CenterSim.Scenarios;

/// <summary>
/// The outcome of reading a scenario: the spec when the file had no problem, otherwise every problem found,
/// sorted by line then column.
/// </summary>
public sealed record ScenarioLoadResult(ScenarioSpec? Spec, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>Keys that were accepted but have no effect in this scenario, each saying why (FILE:LINE:COL: warning: ...).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public bool Ok => Spec is not null && Errors.Count == 0;
}
