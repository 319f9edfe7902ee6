namespace CenterSim.Model.Results;

/// <summary>Hourly samples of a run: named columns, one row per hour (first column is the hour index).</summary>
public sealed record TimeSeries(IReadOnlyList<string> Columns, IReadOnlyList<double[]> Rows)
{
    public static TimeSeries Empty { get; } = new(Array.Empty<string>(), Array.Empty<double[]>());

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }
}
