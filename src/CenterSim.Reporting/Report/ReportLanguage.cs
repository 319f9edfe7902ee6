namespace CenterSim.Reporting.Report;

/// <summary>Language of a study's report and plot labels.</summary>
public enum ReportLanguage
{
    English,
    Chinese,
}
