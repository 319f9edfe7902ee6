using CenterSim.Model.Results;

namespace CenterSim.Reporting.Files;

/// <summary>
/// Writes <c>timeseries.csv</c>: <c>replication</c> followed by the series' own columns, one row per
/// replication per hour, values in round-trip form and NaN as an empty cell. Every run must have the
/// same columns.
/// </summary>
public static class TimeSeriesCsvWriter
{
    public static void Write(IReadOnlyList<RunResult> runs, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(stream);
        var columns = CommonColumns(runs);

        using var csv = CsvFiles.Open(stream);
        csv.WriteHeader([.. columns.Prepend("replication")]);
        foreach (var run in runs)
        {
            foreach (var row in run.Series.Rows)
            {
                if (row.Length != columns.Count)
                {
                    throw new ArgumentException(
                        $"replication {run.Replication} has a time-series row of {row.Length} values for {columns.Count} columns",
                        nameof(runs));
                }
                csv.WriteField(run.Replication, "");
                foreach (var v in row)
                {
                    CsvFiles.WriteNumber(csv, v);
                }
                csv.EndRecord();
            }
        }
    }

    /// <summary>The column names all runs share; throws when runs disagree.</summary>
    internal static IReadOnlyList<string> CommonColumns(IReadOnlyList<RunResult> runs)
    {
        if (runs.Count == 0)
        {
            return Array.Empty<string>();
        }
        var columns = runs[0].Series.Columns;
        foreach (var run in runs)
        {
            if (!run.Series.Columns.SequenceEqual(columns, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"replication {run.Replication} has time-series columns [{string.Join(", ", run.Series.Columns)}], " +
                    $"replication {runs[0].Replication} has [{string.Join(", ", columns)}]",
                    nameof(runs));
            }
        }
        return columns;
    }
}
