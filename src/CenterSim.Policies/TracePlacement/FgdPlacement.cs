namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Fragmentation Gradient Descent (FGD, Weng et al. ATC'23): place the task where the node's
/// fragmentation relative to the target workload (<see cref="GpuFragmentation"/>) grows the least.
/// Score = ⌊sigmoid((F_before − F_after)/1000)·100⌋; for a sharing task every GPU with room is tried and
/// the best one kept (lowest index on ties), so the same rule also picks the GPU. Whole-GPU tasks take
/// free GPUs (the lowest-index ones; which free GPUs does not change fragmentation).
/// </summary>
public sealed class FgdPlacement : ScoredGpuPlacementPolicy
{
    public override long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context) =>
        Evaluate(pod, node, context.Fragmentation).Score;

    public override IReadOnlyList<int> SelectGpus(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context) =>
        Evaluate(pod, node, context.Fragmentation).Gpus;

    /// <summary>Score and GPUs of placing the task on the node.</summary>
    public static (long Score, int[] Gpus) Evaluate(GpuPodRequest pod, IGpuNodeView node, FragmentationCache cache)
    {
        var before = cache.Get(node);
        var cpuAfter = node.CpuLeftMilli - pod.CpuMilli;
        var free = node.GpuFreeMilli;
        Span<int> after = stackalloc int[free.Length];
        if (pod.RequestsGpu && pod.IsGpuShare)
        {
            long bestScore = -1;
            var bestGpu = -1;
            for (var i = 0; i < free.Length; i++)
            {
                if (free[i] < pod.GpuMilli)
                {
                    continue;
                }
                free.CopyTo(after);
                after[i] -= pod.GpuMilli;
                var score = ToScore(before - cache.Get(node.GpuModel, cpuAfter, after));
                if (bestGpu < 0 || score > bestScore)
                {
                    bestScore = score;
                    bestGpu = i;
                }
            }
            return bestGpu < 0 ? (0, Array.Empty<int>()) : (bestScore, new[] { bestGpu });
        }
        free.CopyTo(after);
        var gpus = Array.Empty<int>();
        if (pod.RequestsGpu)
        {
            gpus = GpuSelection.LowestFreeGpus(pod, node);
            foreach (var g in gpus)
            {
                after[g] -= pod.GpuMilli;
            }
        }
        return (ToScore(before - cache.Get(node.GpuModel, cpuAfter, after)), gpus);
    }

    private static long ToScore(double fragDecreaseMilli) =>
        (long)(1.0 / (1.0 + Math.Exp(-fragDecreaseMilli / 1000.0)) * MaxNodeScore);
}
