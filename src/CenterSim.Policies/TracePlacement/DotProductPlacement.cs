namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Dot-product (Tetris-style baseline of the FGD paper, "merge" GPU dimension, max-spec normalisation):
/// node vector = (CPU left/128 cores, GPU milli left/8 GPUs), task vector = (CPU asked/128 cores,
/// GPU milli asked/8 GPUs); score = ⌊(1 − dot/2)·100⌋, so the node whose free resources align least
/// with the request (the fullest one along the request) wins. GPUs by best fit.
/// </summary>
public sealed class DotProductPlacement : ScoredGpuPlacementPolicy
{
    public override long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context)
    {
        var dot = node.CpuLeftMilli / BestFitPlacement.MaxSpecCpuMilli * (pod.CpuMilli / BestFitPlacement.MaxSpecCpuMilli)
            + node.TotalGpuFreeMilli / BestFitPlacement.MaxSpecGpuMilli * (pod.TotalGpuMilli / BestFitPlacement.MaxSpecGpuMilli);
        return (long)(MaxNodeScore * (1.0 - dot / 2));
    }
}
