namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// GPU packing (FGD paper baseline), from best to worst: (1) only partially used GPUs are needed —
/// 100 − (free share of those GPUs in percent)/10, at least 50; (2) a used node but fully free GPUs
/// are needed — 50 − number of free GPUs taken, at least 33; (3) a completely free node —
/// max(33 − free GPUs, free GPUs). GPUs are taken least-free first (so partially used ones first).
/// CPU-only tasks score 0 everywhere.
/// </summary>
public sealed class PackingPlacement : ScoredGpuPlacementPolicy
{
    public override long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context)
    {
        if (!pod.RequestsGpu)
        {
            return 0;
        }
        var fullyFree = node.FullyFreeGpus;
        if (fullyFree == node.GpuCount)
        {
            return Math.Max(MaxNodeScore / 3 - fullyFree, fullyFree);
        }
        var free = node.GpuFreeMilli;
        var order = AscendingByFree(free);
        var needed = pod.GpuCount;
        var freeGpusUsed = 0;
        long freePercentOnUsed = 0;
        foreach (var idx in order)
        {
            if (needed == 0)
            {
                break;
            }
            if (pod.GpuMilli <= free[idx])
            {
                needed--;
                freePercentOnUsed += free[idx] * 100L / GpuPodRequest.MilliPerGpu;
                if (free[idx] == GpuPodRequest.MilliPerGpu)
                {
                    freeGpusUsed++;
                }
            }
        }
        if (freeGpusUsed > 0)
        {
            return Math.Max(MaxNodeScore / 2 - freeGpusUsed, MaxNodeScore / 3);
        }
        return Math.Max(MaxNodeScore - freePercentOnUsed / 10, MaxNodeScore / 2);
    }

    /// <summary>Device indices by free share, least first; stable so equal shares keep index order.</summary>
    internal static int[] AscendingByFree(ReadOnlySpan<int> free)
    {
        var copy = free.ToArray();
        return Enumerable.Range(0, copy.Length).OrderBy(i => copy[i]).ToArray();
    }
}
