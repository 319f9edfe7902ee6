using CenterSim.Model.Experiments;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// What <c>centersim validate</c> checks: the file read exactly as <c>run</c> reads it (the base and its
/// variants) and, when the file has a <c>sweep</c> key, as <c>sweep</c> reads it, every problem of all
/// of them listed at once, and the warnings about keys without effect.
/// </summary>
public sealed record StudyCheck(StudySpec? Variants, StudySpec? Sweep, IReadOnlyList<Diagnostic> Errors)
{
    public bool Ok => Errors.Count == 0 && Variants is not null;

    /// <summary>Keys accepted without effect, each with the reason: the same lines `run` prints.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public static StudyCheck File(string path)
    {
        var text = ScenarioFile.Read(path, out var problem);
        return text is null ? new StudyCheck(null, null, [problem!]) : Parse(text, path);
    }

    public static StudyCheck Parse(string text, string path)
    {
        var run = StudyLoader.Parse(text, path, StudyKind.Variants);
        var root = YamlTreeReader.Read(text, path, new List<Diagnostic>()) as MappingNode;
        var sweep = root?.Find("sweep") is null ? null : StudyLoader.Parse(text, path, StudyKind.Sweep);
        var errors = run.Errors.Concat(sweep?.Errors ?? [])
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        var warnings = run.Warnings.Concat(sweep?.Warnings ?? []).Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new StudyCheck(run.Study, sweep?.Study, errors) { Warnings = warnings };
    }
}
