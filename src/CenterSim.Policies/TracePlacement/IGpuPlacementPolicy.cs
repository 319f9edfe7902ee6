namespace CenterSim.Policies.TracePlacement;

/// <summary>Chooses a node and its GPUs for one task on a GPU-sharing cluster; never changes the nodes.</summary>
public interface IGpuPlacementPolicy
{
    /// <summary>The decision, or null when no node can host the task.</summary>
    GpuPlacement? Choose(GpuPodRequest pod, IReadOnlyList<IGpuNodeView> nodes, GpuPlacementContext context);
}
