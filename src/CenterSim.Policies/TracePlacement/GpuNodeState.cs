namespace CenterSim.Policies.TracePlacement;

/// <summary>Mutable node state of a trace replay; policies only get it as <see cref="IGpuNodeView"/>.</summary>
public sealed class GpuNodeState : IGpuNodeView
{
    private readonly int[] _gpuFree;
    private readonly Dictionary<string, int> _affinity = new(StringComparer.Ordinal);

    public GpuNodeState(int index, string name, long cpuMilli, long memoryMib, int gpuCount, string gpuModel)
    {
        Index = index;
        Name = name;
        CpuCapacityMilli = cpuMilli;
        CpuLeftMilli = cpuMilli;
        MemoryCapacityMib = memoryMib;
        MemoryLeftMib = memoryMib;
        GpuModel = gpuModel;
        _gpuFree = Enumerable.Repeat(GpuPodRequest.MilliPerGpu, gpuCount).ToArray();
        TotalGpuFreeMilli = gpuCount * GpuPodRequest.MilliPerGpu;
    }

    public int Index { get; }

    public string Name { get; }

    public string GpuModel { get; }

    public long CpuCapacityMilli { get; }

    public long CpuLeftMilli { get; private set; }

    public long MemoryCapacityMib { get; }

    public long MemoryLeftMib { get; private set; }

    public int GpuCount => _gpuFree.Length;

    public ReadOnlySpan<int> GpuFreeMilli => _gpuFree;

    public int TotalGpuFreeMilli { get; private set; }

    public int FullyFreeGpus
    {
        get
        {
            var n = 0;
            foreach (var f in _gpuFree)
            {
                if (f == GpuPodRequest.MilliPerGpu)
                {
                    n++;
                }
            }
            return n;
        }
    }

    public int DistinctAffinities => _affinity.Count;

    public int AffinityCount(string tag) => _affinity.GetValueOrDefault(tag);

    /// <summary>Takes the pod's CPU, memory and, on each listed GPU, its per-GPU share.</summary>
    public void Apply(GpuPodRequest pod, IReadOnlyList<int> gpus)
    {
        if (pod.CpuMilli > CpuLeftMilli || pod.MemoryMib > MemoryLeftMib)
        {
            throw new InvalidOperationException($"{Name}: not enough CPU or memory for {pod.Name}");
        }
        if (pod.RequestsGpu && gpus.Count != pod.GpuCount)
        {
            throw new InvalidOperationException($"{Name}: {pod.Name} needs {pod.GpuCount} GPUs, got {gpus.Count}");
        }
        foreach (var g in gpus)
        {
            if (_gpuFree[g] < pod.GpuMilli)
            {
                throw new InvalidOperationException($"{Name}: GPU {g} has {_gpuFree[g]} milli free, {pod.Name} needs {pod.GpuMilli}");
            }
        }
        CpuLeftMilli -= pod.CpuMilli;
        MemoryLeftMib -= pod.MemoryMib;
        foreach (var g in gpus)
        {
            _gpuFree[g] -= pod.GpuMilli;
            TotalGpuFreeMilli -= pod.GpuMilli;
        }
        if (pod.RequestsGpu)
        {
            _affinity[pod.AffinityTag] = _affinity.GetValueOrDefault(pod.AffinityTag) + 1;
        }
    }
}
