namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Memo of <see cref="GpuFragmentation.NodeFragmentedMilli(string, long, ReadOnlySpan{int}, TargetWorkload)"/>
/// for one target workload. Fragmentation depends only on the model, the CPU left and the multiset of
/// free GPU shares, and a large cluster repeats the same few states, so FGD scoring mostly hits the memo.
/// Not thread-safe: one per replay.
/// </summary>
public sealed class FragmentationCache
{
    private const int MaxPackedGpus = 8;
    private readonly Dictionary<Key, double> _memo = new();
    private readonly Dictionary<string, int> _models = new(StringComparer.Ordinal);

    public FragmentationCache(TargetWorkload workload) => Workload = workload;

    public TargetWorkload Workload { get; }

    public double Get(IGpuNodeView node) => Get(node.GpuModel, node.CpuLeftMilli, node.GpuFreeMilli);

    public double Get(string model, long cpuLeftMilli, ReadOnlySpan<int> gpuFree)
    {
        if (gpuFree.Length > MaxPackedGpus || cpuLeftMilli < 0 || cpuLeftMilli > uint.MaxValue)
        {
            return GpuFragmentation.NodeFragmentedMilli(model, cpuLeftMilli, gpuFree, Workload);
        }
        Span<int> sorted = stackalloc int[gpuFree.Length];
        gpuFree.CopyTo(sorted);
        sorted.Sort();
        long a = 0, b = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var v = (long)Math.Clamp(sorted[i], 0, 1023);
            if (i < 6)
            {
                a |= v << (10 * i);
            }
            else
            {
                b |= v << (10 * (i - 6));
            }
        }
        b |= (long)sorted.Length << 20;
        b |= cpuLeftMilli << 24;
        if (!_models.TryGetValue(model, out var modelId))
        {
            modelId = _models.Count;
            _models[model] = modelId;
        }
        var key = new Key(a, b, modelId);
        if (!_memo.TryGetValue(key, out var frag))
        {
            frag = GpuFragmentation.NodeFragmentedMilli(model, cpuLeftMilli, gpuFree, Workload);
            _memo[key] = frag;
        }
        return frag;
    }

    private readonly record struct Key(long A, long B, int Model);
}
