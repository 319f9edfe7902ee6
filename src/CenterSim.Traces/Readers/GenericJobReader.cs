namespace CenterSim.Traces.Readers;

/// <summary>
/// Reads the generic CSV job format, for traces that come in no other supported layout.
/// <para>Header (any column order, names case-insensitive, extra columns ignored):
/// <c>job_id,submit_s,gpus,duration_s[,gpu_milli,cpu_milli,memory_mib,gpu_model]</c></para>
/// <list type="bullet">
/// <item><c>job_id</c>: non-empty, unique in the file.</item>
/// <item><c>submit_s</c>: submission time, seconds from trace start, ≥ 0.</item>
/// <item><c>gpus</c>: GPUs held, integer ≥ 0 (0 = CPU-only job).</item>
/// <item><c>duration_s</c>: run time in seconds once started, &gt; 0.</item>
/// <item><c>gpu_milli</c> (optional, default 1000): thousandths of each GPU, 1..1000; below 1000 only with
/// <c>gpus</c> = 1 (a GPU-sharing job). Ignored (must be empty or 0) when <c>gpus</c> = 0.</item>
/// <item><c>cpu_milli</c>, <c>memory_mib</c> (optional, default 0): CPU millicores and memory MiB.</item>
/// <item><c>gpu_model</c> (optional, default any): allowed GPU models separated by '|'.</item>
/// </list>
/// Every malformed line gives one "FILE:LINE: message" diagnostic and is skipped.
/// </summary>
public static class GenericJobReader
{
    /// <summary>The largest job a line may hold: 2^20 GPUs, above the largest training jobs published (16,384 for Llama 3 405B).</summary>
    public const int MaxGpus = 1 << 20;

    public static readonly IReadOnlyList<string> Columns = new[] { "job_id", "submit_s", "gpus", "duration_s" };

    public static TraceReadResult<TraceJob> Read(string path)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return CsvTraceFile.Read(path, Columns, row =>
        {
            var id = row.RequiredText("job_id");
            var submit = row.Number("submit_s", 0, double.MaxValue);
            var gpus = (int)row.Integer("gpus", 0, MaxGpus);
            var duration = row.Number("duration_s", 0, double.MaxValue);
            if (duration == 0 && !row.HasErrors)
            {
                row.Error("column 'duration_s' must be greater than 0, got '0'");
            }
            var milli = gpus == 0
                ? (int)row.OptionalInteger("gpu_milli", 0, 0, 0)
                : (int)row.OptionalInteger("gpu_milli", 1, 1000, 1000);
            if (gpus > 1 && milli < 1000 && !row.HasErrors)
            {
                row.Error($"a job with {gpus} GPUs must take whole GPUs (gpu_milli 1000), got {milli}");
            }
            var cpu = row.OptionalInteger("cpu_milli", 0, long.MaxValue, 0);
            var memory = row.OptionalInteger("memory_mib", 0, long.MaxValue, 0);
            if (id.Length > 0 && !ids.TryAdd(id, row.Line))
            {
                row.Error($"duplicate job_id '{id}' (first on line {ids[id]})");
            }
            return new TraceJob(id, submit, gpus, duration, milli, cpu, memory, row.Text("gpu_model"), row.Line);
        });
    }
}
