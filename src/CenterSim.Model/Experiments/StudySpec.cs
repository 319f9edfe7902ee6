namespace CenterSim.Model.Experiments;

/// <summary>
/// A validated study: its arms in order, the first being the reference every other arm is compared
/// with (the base scenario for variants, the first point for a sweep), the swept keys (sweeps only)
/// and the optional replication stop rule. Every arm has the same seed and replication count, so
/// replication r of every arm uses the same random numbers.
/// </summary>
public sealed record StudySpec(
    string Name,
    StudyKind Kind,
    IReadOnlyList<StudyArm> Arms,
    IReadOnlyList<string> SweepKeys,
    PrecisionSpec? Precision)
{
    public StudyArm Reference => Arms[0];

    /// <summary>
    /// The metrics of the report's first table, in order (the study's <c>headline</c> key), with where each is
    /// written (<c>file:line:col</c>); null to take the glossary's headline metrics.
    /// </summary>
    public IReadOnlyList<(string Metric, string Where)>? Headline { get; init; }
}
