namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Scheduler-framework style placement used by every scored policy of the paper: filter the nodes that
/// can host the task, give each an integer score (0..100, higher is better), optionally min-max
/// normalise the scores, take the best node (the lowest <see cref="GpuPlacementContext.TieRank"/> among
/// equal best scores), then choose its GPUs. Integer scores are kept on purpose: their coarseness decides which nodes tie.
/// </summary>
public abstract class ScoredGpuPlacementPolicy : IGpuPlacementPolicy
{
    public const long MaxNodeScore = 100;

    /// <summary>True when the policy rescales its scores over the feasible nodes to 0..100.</summary>
    protected virtual bool NormalizesScores => false;

    public GpuPlacement? Choose(GpuPodRequest pod, IReadOnlyList<IGpuNodeView> nodes, GpuPlacementContext context)
    {
        var candidates = new List<(IGpuNodeView Node, long Score)>();
        foreach (var node in nodes)
        {
            if (GpuSelection.CanHost(pod, node))
            {
                candidates.Add((node, Score(pod, node, context)));
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        if (NormalizesScores)
        {
            Normalize(candidates);
        }
        IGpuNodeView? chosen = null;
        var bestScore = long.MinValue;
        foreach (var (node, score) in candidates)
        {
            if (score > bestScore || (score == bestScore && context.TieRank(node.Index) < context.TieRank(chosen!.Index)))
            {
                bestScore = score;
                chosen = node;
            }
        }
        return new GpuPlacement(chosen!.Index, SelectGpus(pod, chosen, context));
    }

    /// <summary>Score of a node that can host the task.</summary>
    public abstract long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context);

    /// <summary>GPU devices on the chosen node; best fit unless the policy has its own rule.</summary>
    public virtual IReadOnlyList<int> SelectGpus(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context) =>
        GpuSelection.BestFitGpus(pod, node);

    private static void Normalize(List<(IGpuNodeView Node, long Score)> candidates)
    {
        var lowest = candidates.Min(c => c.Score);
        var highest = candidates.Max(c => c.Score);
        var range = highest - lowest;
        for (var i = 0; i < candidates.Count; i++)
        {
            var s = range == 0 ? 0 : (candidates[i].Score - lowest) * MaxNodeScore / range;
            candidates[i] = (candidates[i].Node, s);
        }
    }
}
