namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Random (FGD paper baseline): a node drawn uniformly among those that can host the task; a sharing
/// task gets a GPU drawn uniformly among the GPUs with enough free share, whole-GPU tasks the
/// lowest-index free GPUs.
/// </summary>
public sealed class RandomPlacement : IGpuPlacementPolicy
{
    public GpuPlacement? Choose(GpuPodRequest pod, IReadOnlyList<IGpuNodeView> nodes, GpuPlacementContext context)
    {
        IGpuNodeView? chosen = null;
        var seen = 0;
        foreach (var node in nodes)
        {
            if (GpuSelection.CanHost(pod, node) && context.Random.NextInt(++seen) == 0)
            {
                chosen = node;
            }
        }
        if (chosen is null)
        {
            return null;
        }
        if (!pod.RequestsGpu)
        {
            return new GpuPlacement(chosen.Index, Array.Empty<int>());
        }
        if (!pod.IsGpuShare)
        {
            return new GpuPlacement(chosen.Index, GpuSelection.LowestFreeGpus(pod, chosen));
        }
        var gpu = -1;
        var fitting = 0;
        var free = chosen.GpuFreeMilli;
        for (var i = 0; i < free.Length; i++)
        {
            if (free[i] >= pod.GpuMilli && context.Random.NextInt(++fitting) == 0)
            {
                gpu = i;
            }
        }
        return new GpuPlacement(chosen.Index, new[] { gpu });
    }
}
