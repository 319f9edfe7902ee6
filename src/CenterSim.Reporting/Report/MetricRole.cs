namespace CenterSim.Reporting.Report;

/// <summary>What a metric is for in a report: a headline result, any other outcome, or a check of the run itself.</summary>
public enum MetricRole
{
    /// <summary>Shown in the first table of a report when the study reports it.</summary>
    Headline,

    /// <summary>A result of the center, reported in the full tables.</summary>
    Outcome,

    /// <summary>Describes the run, not the center (events processed, window length, arrivals the scenario sets): never flagged as a finding.</summary>
    Diagnostic,
}
