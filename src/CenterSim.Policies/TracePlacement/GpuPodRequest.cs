namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// What one trace task asks of a node. <paramref name="GpuMilli"/> is the share of EACH requested GPU in
/// thousandths: below 1000 only for a single-GPU sharing task, 1000 for whole GPUs.
/// <paramref name="GpuSpec"/> is the raw allowed-model list ("G2|T4", empty = any model).
/// </summary>
public sealed record GpuPodRequest(string Name, long CpuMilli, long MemoryMib, int GpuCount, int GpuMilli, string GpuSpec)
{
    public const int MilliPerGpu = 1000;

    private readonly string[] _allowed = SplitSpec(GpuSpec);

    public IReadOnlyList<string> AllowedModels => _allowed;

    public bool RequestsGpu => GpuCount > 0 && GpuMilli > 0;

    /// <summary>One GPU, partly: the only case where a GPU is shared with other tasks.</summary>
    public bool IsGpuShare => GpuCount == 1 && GpuMilli < MilliPerGpu;

    public long TotalGpuMilli => (long)GpuCount * GpuMilli;

    /// <summary>Kind of GPU demand used by the clustering policy: no-gpu, share-gpu or N-gpu.</summary>
    public string AffinityTag => !RequestsGpu ? "no-gpu" : IsGpuShare ? "share-gpu" : $"{GpuCount}-gpu";

    /// <summary>An empty spec accepts every model; otherwise the node's model must be listed.</summary>
    public bool CanUseModel(string nodeModel)
    {
        if (_allowed.Length == 0)
        {
            return true;
        }
        if (nodeModel.Length == 0)
        {
            return false;
        }
        foreach (var m in _allowed)
        {
            if (string.Equals(m, nodeModel, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] SplitSpec(string spec) =>
        spec.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
