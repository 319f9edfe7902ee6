using CenterSim.Model.Results;
using CenterSim.Model.Scenario;

namespace CenterSim.Reporting.Statistics;

/// <summary>
/// The per-metric summary of a scenario's replications, in the order of the first run's metrics.
/// Both summary files and the command line read this one table, so they always agree.
/// </summary>
public sealed class SummaryTable
{
    private SummaryTable(string scenario, ulong seed, IReadOnlyList<SummaryRow> rows, int replications)
    {
        Scenario = scenario;
        Seed = seed;
        Rows = rows;
        Replications = replications;
    }

    public string Scenario { get; }

    public ulong Seed { get; }

    public int Replications { get; }

    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>
    /// Builds the table. <paramref name="runs"/> must be non-empty, in strictly increasing replication
    /// order, and every run must report the same set of metric names (each once).
    /// </summary>
    public static SummaryTable Build(ScenarioSpec spec, IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RunChecks.RequireOrdered(runs);

        var names = runs[0].Metrics.Select(m => m.Name).ToArray();
        var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!values.TryAdd(name, new double[runs.Count]))
            {
                throw new ArgumentException($"replication {runs[0].Replication} reports metric '{name}' twice", nameof(runs));
            }
        }

        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Metrics.Count != names.Length)
            {
                throw new ArgumentException(
                    $"replication {run.Replication} reports {run.Metrics.Count} metrics, replication {runs[0].Replication} reports {names.Length}",
                    nameof(runs));
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var metric in run.Metrics)
            {
                if (!values.TryGetValue(metric.Name, out var column) || !seen.Add(metric.Name))
                {
                    throw new ArgumentException(
                        $"replication {run.Replication} reports metric '{metric.Name}' unexpectedly (missing in replication {runs[0].Replication} or repeated)",
                        nameof(runs));
                }
                column[r] = metric.Value;
            }
        }

        var rows = names
            .Select(name => new SummaryRow(name, values[name], ConfidenceInterval.OfMean(values[name])))
            .ToArray();
        return new SummaryTable(spec.Name, spec.Seed, rows, runs.Count);
    }
}
