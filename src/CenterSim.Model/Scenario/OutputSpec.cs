namespace CenterSim.Model.Scenario;

/// <summary>What a run writes besides the summary. Validation studies with millions of jobs may turn off jobs.csv.</summary>
public sealed record OutputSpec(bool JobsCsv)
{
    public static OutputSpec Default { get; } = new(true);
}
