using CenterSim.Model.Experiments;

namespace CenterSim.Scenarios.Experiments;

/// <summary>A study when every arm is valid, otherwise every problem found (FILE:LINE:COL), sorted.</summary>
public sealed record StudyLoadResult(StudySpec? Study, IReadOnlyList<Diagnostic> Errors)
{
    public bool Ok => Study is not null && Errors.Count == 0;
}
