using CenterSim.Policies.Registry;

namespace CenterSim.Policies.TracePlacement;

/// <summary>GPU-sharing placement policies for trace replays, by name (case-insensitive).</summary>
public static class TracePlacementCatalog
{
    public static PolicyRegistry<IGpuPlacementPolicy> Policies { get; } = new PolicyRegistry<IGpuPlacementPolicy>("trace placement")
        .Add("random", "uniformly random feasible node and GPU", _ => new RandomPlacement())
        .Add("dot-product", "least aligned free-resource vector (Tetris dot product, merged GPU dimension)", _ => new DotProductPlacement())
        .Add("clustering", "keep tasks of the same GPU kind on the same nodes", _ => new ClusteringPlacement())
        .Add("packing", "partially used GPUs first, then used nodes, then free nodes", _ => new PackingPlacement())
        .Add("best-fit", "least weighted CPU+GPU leftover", _ => new BestFitPlacement())
        .Add("fgd", "least growth of fragmentation relative to the target workload", _ => new FgdPlacement());
}
