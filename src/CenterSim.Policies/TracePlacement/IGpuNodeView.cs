namespace CenterSim.Policies.TracePlacement;

/// <summary>Read-only state of one GPU node as placement policies see it.</summary>
public interface IGpuNodeView
{
    int Index { get; }

    string Name { get; }

    string GpuModel { get; }

    long CpuCapacityMilli { get; }

    long CpuLeftMilli { get; }

    long MemoryLeftMib { get; }

    int GpuCount { get; }

    /// <summary>Free thousandths of each GPU, by device index.</summary>
    ReadOnlySpan<int> GpuFreeMilli { get; }

    int TotalGpuFreeMilli { get; }

    int FullyFreeGpus { get; }

    /// <summary>How many placed tasks carry this <see cref="GpuPodRequest.AffinityTag"/>.</summary>
    int AffinityCount(string tag);

    /// <summary>How many different GPU affinity tags the node hosts.</summary>
    int DistinctAffinities { get; }
}
