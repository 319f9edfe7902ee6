namespace CenterSim.Traces.Readers;

/// <summary>
/// Reads an openb pod list: required columns <c>name,cpu_milli,memory_mib,num_gpu,gpu_milli</c>; optional
/// <c>gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time</c>.
/// </summary>
public static class OpenbPodListReader
{
    public static readonly IReadOnlyList<string> Columns = new[] { "name", "cpu_milli", "memory_mib", "num_gpu", "gpu_milli" };

    public static TraceReadResult<OpenbPod> Read(string path)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        return CsvTraceFile.Read(path, Columns, row =>
        {
            var name = row.RequiredText("name");
            var cpu = row.Integer("cpu_milli", 0, long.MaxValue);
            var memory = row.Integer("memory_mib", 0, long.MaxValue);
            var gpus = (int)row.Integer("num_gpu", 0, 64);
            var milli = (int)row.Integer("gpu_milli", 0, 1000);
            if (!row.HasErrors)
            {
                if (gpus == 0 && milli != 0)
                {
                    row.Error($"gpu_milli must be 0 when num_gpu is 0, got {milli}");
                }
                else if (gpus > 0 && milli == 0)
                {
                    row.Error($"gpu_milli must be 1..1000 when num_gpu is {gpus}, got 0");
                }
                else if (gpus > 1 && milli != 1000)
                {
                    row.Error($"a task with {gpus} GPUs must take whole GPUs (gpu_milli 1000), got {milli}");
                }
            }
            if (name.Length > 0 && !names.TryAdd(name, row.Line))
            {
                row.Error($"duplicate pod '{name}' (first on line {names[name]})");
            }
            return new OpenbPod(
                name, cpu, memory, gpus, milli,
                row.Text("gpu_spec"), row.Text("qos"), row.Text("pod_phase"),
                row.NullableInteger("creation_time", 0, long.MaxValue),
                row.NullableInteger("deletion_time", 0, long.MaxValue),
                row.NullableInteger("scheduled_time", 0, long.MaxValue),
                row.Line);
        });
    }
}
