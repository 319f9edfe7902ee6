using CenterSim.Model.Experiments;

namespace CenterSim.Scenarios.Experiments;

/// <summary>A study when every arm is valid, otherwise every problem found (FILE:LINE:COL), sorted.</summary>
public sealed record StudyLoadResult(StudySpec? Study, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The base scenario's warnings: keys accepted without effect, each saying why.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public bool Ok => Study is not null && Errors.Count == 0;
}
