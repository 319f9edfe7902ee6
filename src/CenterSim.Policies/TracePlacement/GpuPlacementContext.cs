namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// What a placement needs besides the task and the nodes: the seeded generator that breaks score ties
/// (the paper's scheduler picks uniformly among the best-scored nodes) and the target workload
/// with its fragmentation memo (used by fgd).
/// </summary>
public sealed class GpuPlacementContext
{
    public GpuPlacementContext(TraceRandom random, FragmentationCache fragmentation)
    {
        Random = random;
        Fragmentation = fragmentation;
    }

    public TraceRandom Random { get; }

    public FragmentationCache Fragmentation { get; }
}
