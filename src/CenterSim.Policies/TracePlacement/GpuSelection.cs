namespace CenterSim.Policies.TracePlacement;

/// <summary>Feasibility test and the GPU-device choices shared by the trace placement policies.</summary>
public static class GpuSelection
{
    /// <summary>
    /// Node can host the task: CPU and memory left, an allowed GPU model, and enough GPUs with the
    /// per-GPU share free (whole free GPUs for multi-GPU tasks, one GPU with room for a sharing task).
    /// </summary>
    public static bool CanHost(GpuPodRequest pod, IGpuNodeView node)
    {
        if (pod.CpuMilli > node.CpuLeftMilli || pod.MemoryMib > node.MemoryLeftMib)
        {
            return false;
        }
        if (!pod.RequestsGpu)
        {
            return true;
        }
        if (node.GpuCount == 0 || !pod.CanUseModel(node.GpuModel))
        {
            return false;
        }
        var usable = 0;
        foreach (var f in node.GpuFreeMilli)
        {
            if (f >= pod.GpuMilli && ++usable >= pod.GpuCount)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lowest-index fully free GPUs, as many as the task needs (whole-GPU tasks).</summary>
    public static int[] LowestFreeGpus(GpuPodRequest pod, IGpuNodeView node)
    {
        var chosen = new List<int>(pod.GpuCount);
        var free = node.GpuFreeMilli;
        for (var i = 0; i < free.Length && chosen.Count < pod.GpuCount; i++)
        {
            if (free[i] >= GpuPodRequest.MilliPerGpu)
            {
                chosen.Add(i);
            }
        }
        return chosen.ToArray();
    }

    /// <summary>
    /// Default device choice ("best fit"): a sharing task goes to the GPU with the least free share that
    /// still fits (lowest index on ties); whole-GPU tasks take the lowest-index free GPUs.
    /// </summary>
    public static int[] BestFitGpus(GpuPodRequest pod, IGpuNodeView node)
    {
        if (!pod.RequestsGpu)
        {
            return Array.Empty<int>();
        }
        if (!pod.IsGpuShare)
        {
            return LowestFreeGpus(pod, node);
        }
        var free = node.GpuFreeMilli;
        var best = -1;
        for (var i = 0; i < free.Length; i++)
        {
            if (free[i] >= pod.GpuMilli && (best < 0 || free[i] < free[best]))
            {
                best = i;
            }
        }
        return best < 0 ? Array.Empty<int>() : new[] { best };
    }
}
