namespace CenterSim.Model.Results;

/// <summary>
/// A systematic sample of a replication's jobs: of n jobs in arrival order, those at indexes ⌊i·n/k⌋ for
/// i = 0 … k−1, so the sample spreads over the whole run (and all jobs when n ≤ k). Deterministic.
/// </summary>
public static class JobSample
{
    public static IReadOnlyList<JobRecord> Of(IReadOnlyList<JobRecord> jobs, int size)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (jobs.Count <= size)
        {
            return jobs;
        }
        var sample = new JobRecord[size];
        for (var i = 0; i < size; i++)
        {
            sample[i] = jobs[(int)((long)i * jobs.Count / size)];
        }
        return sample;
    }
}
