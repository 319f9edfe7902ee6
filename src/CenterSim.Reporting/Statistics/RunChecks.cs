using CenterSim.Model.Results;

namespace CenterSim.Reporting.Statistics;

/// <summary>Preconditions shared by everything that reads a scenario's list of runs.</summary>
internal static class RunChecks
{
    public static void RequireOrdered(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("there are no runs to report", nameof(runs));
        }
        for (var i = 1; i < runs.Count; i++)
        {
            if (runs[i].Replication <= runs[i - 1].Replication)
            {
                throw new ArgumentException(
                    $"runs must be in increasing replication order; replication {runs[i].Replication} follows {runs[i - 1].Replication}",
                    nameof(runs));
            }
        }
    }
}
