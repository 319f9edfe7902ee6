namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// What a placement needs besides the task and the nodes: a seeded generator (random choices of the
/// random policy), the node priority that breaks score ties, and the target workload with its
/// fragmentation memo (used by fgd).
/// </summary>
public sealed class GpuPlacementContext
{
    private readonly int[]? _tieRank;

    /// <param name="tieRank">
    /// Rank per node index; among equal best scores the node with the lowest rank wins. The FGD artifact's
    /// scheduler picks the lexicographically smallest node name and prefixes names with a seeded random
    /// permutation, i.e. a fixed random node order per seed. Null ranks nodes by index.
    /// </param>
    public GpuPlacementContext(TraceRandom random, FragmentationCache fragmentation, IReadOnlyList<int>? tieRank = null)
    {
        Random = random;
        Fragmentation = fragmentation;
        _tieRank = tieRank?.ToArray();
    }

    public TraceRandom Random { get; }

    public FragmentationCache Fragmentation { get; }

    public int TieRank(int nodeIndex) => _tieRank is null ? nodeIndex : _tieRank[nodeIndex];

    /// <summary>A uniformly random rank for each of <paramref name="nodeCount"/> nodes.</summary>
    public static int[] RandomTieRanks(int nodeCount, TraceRandom random)
    {
        var ranks = Enumerable.Range(0, nodeCount).ToArray();
        random.Shuffle(ranks);
        return ranks;
    }
}
