namespace CenterSim.Traces.Readers;

/// <summary>
/// Reads an openb node list: columns <c>sn,cpu_milli,memory_mib,gpu,model</c> (node id, CPU millicores,
/// memory MiB, GPU count, GPU model; empty model only for CPU nodes).
/// </summary>
public static class OpenbNodeListReader
{
    public static readonly IReadOnlyList<string> Columns = new[] { "sn", "cpu_milli", "memory_mib", "gpu", "model" };

    public static TraceReadResult<OpenbNode> Read(string path)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        return CsvTraceFile.Read(path, Columns, row =>
        {
            var name = row.RequiredText("sn");
            var cpu = row.Integer("cpu_milli", 0, long.MaxValue);
            var memory = row.Integer("memory_mib", 0, long.MaxValue);
            var gpus = (int)row.Integer("gpu", 0, 64);
            var model = row.Text("model");
            if (gpus > 0 && model.Length == 0)
            {
                row.Error($"node '{name}' has {gpus} GPUs but no model");
            }
            if (name.Length > 0 && !names.TryAdd(name, row.Line))
            {
                row.Error($"duplicate node '{name}' (first on line {names[name]})");
            }
            return new OpenbNode(name, cpu, memory, gpus, model, row.Line);
        });
    }
}
