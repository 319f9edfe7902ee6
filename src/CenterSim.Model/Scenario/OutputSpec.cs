namespace CenterSim.Model.Scenario;

/// <summary>What a run writes besides the summary. Validation studies with millions of jobs may turn off jobs.csv.</summary>
public sealed record OutputSpec(bool JobsCsv)
{
    public static OutputSpec Default { get; } = new(true);

    /// <summary>With <see cref="JobsCsv"/>: write a systematic sample of this many jobs per replication; null writes every job.</summary>
    public int? JobsCsvSample { get; init; }
}
