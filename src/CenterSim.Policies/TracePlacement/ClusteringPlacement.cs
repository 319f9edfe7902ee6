namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// GPU clustering (FGD paper baseline): keep tasks of the same GPU kind (sharing, 1-GPU, 2-GPU, ...)
/// together. Band by node content: only this kind (75..100], this kind among others (50..75],
/// empty of GPU tasks (25..50], only other kinds [0..25]; inside a band ⌊25·(8000 − GPU milli free)/8000⌋
/// favours fuller nodes. CPU-only tasks score 0 everywhere (ties broken at random). GPUs by best fit.
/// </summary>
public sealed class ClusteringPlacement : ScoredGpuPlacementPolicy
{
    public override long Score(GpuPodRequest pod, IGpuNodeView node, GpuPlacementContext context)
    {
        if (!pod.RequestsGpu)
        {
            return 0;
        }
        var fullness = MaxNodeScore / 4 * ((long)BestFitPlacement.MaxSpecGpuMilli - node.TotalGpuFreeMilli) / (long)BestFitPlacement.MaxSpecGpuMilli;
        long band;
        if (node.AffinityCount(pod.AffinityTag) > 0)
        {
            band = node.DistinctAffinities == 1 ? 3 : 2;
        }
        else
        {
            band = node.DistinctAffinities == 0 ? 1 : 0;
        }
        return fullness + band * MaxNodeScore / 4;
    }
}
