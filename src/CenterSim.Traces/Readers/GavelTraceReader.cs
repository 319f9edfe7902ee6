namespace CenterSim.Traces.Readers;

/// <summary>
/// Reads the Gavel Philly-like trace: columns
/// <c>vc,job_type,num_gpus,arrival_time_s,total_steps,implied_duration_v100_s</c> (duration may be empty).
/// </summary>
public static class GavelTraceReader
{
    public static readonly IReadOnlyList<string> Columns =
        new[] { "vc", "job_type", "num_gpus", "arrival_time_s", "total_steps", "implied_duration_v100_s" };

    public static TraceReadResult<GavelJob> Read(string path) =>
        CsvTraceFile.Read(path, Columns, row => new GavelJob(
            row.RequiredText("vc"),
            row.RequiredText("job_type"),
            (int)row.Integer("num_gpus", 1, 4096),
            row.Number("arrival_time_s", 0, double.MaxValue),
            row.Integer("total_steps", 0, long.MaxValue),
            row.NullableNumber("implied_duration_v100_s", 0, double.MaxValue),
            row.Line));
}
