namespace CenterSim.Model.Results;

/// <summary>Everything one replication of a scenario produced. Reporting reads it; nothing writes it after the run.</summary>
public sealed record RunResult(
    int Replication,
    ulong Seed,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<JobRecord> Jobs,
    TimeSeries Series)
{
    public double this[string metric]
    {
        get
        {
            foreach (var m in Metrics)
            {
                if (m.Name == metric)
                {
                    return m.Value;
                }
            }
            throw new KeyNotFoundException($"run has no metric '{metric}'");
        }
    }
}
