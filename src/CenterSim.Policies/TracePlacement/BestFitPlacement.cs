namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Best-fit (FGD paper baseline): the node with the least weighted leftover after placement,
/// leftover = 0.5·(CPU left − CPU asked)/128 cores + 0.5·(GPU milli left − GPU milli asked)/8 GPUs
/// (the largest node spec normalises each resource); score = ⌊(1 − leftover)·100⌋, min-max normalised
/// over the feasible nodes. GPUs by best fit.
/// </summary>
public sealed class BestFitPlacement : ScoredGpuPlacementPolicy
{
    public const double MaxSpecCpuMilli = 128_000;
    public const double MaxSpecGpuMilli = 8_000;

    protected override bool NormalizesScores => true;

    public override long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context)
    {
        var leftover = 0.5 * (node.CpuLeftMilli - pod.CpuMilli) / MaxSpecCpuMilli
            + 0.5 * (node.TotalGpuFreeMilli - pod.TotalGpuMilli) / MaxSpecGpuMilli;
        return (long)((1.0 - leftover) * MaxNodeScore);
    }
}
