namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Fragmentation of a node relative to a target workload (FGD paper, §4): for each target task shape
/// with frequency p, the node's free GPU capacity that this shape cannot use, weighted by p and summed.
/// For one shape: if the node cannot host it at all (too little CPU, too few GPUs with enough free
/// share, wrong GPU model, or it is CPU-only and so uses no GPU) every free GPU milli is fragmented;
/// if it can, only the free milli of GPUs whose free share is below the shape's per-GPU share is.
/// Memory is not part of the measure, as in the paper's simulator.
/// </summary>
public static class GpuFragmentation
{
    /// <summary>Expected fragmented GPU milli of a node state (model, CPU left, free milli per GPU).</summary>
    public static double NodeFragmentedMilli(string model, long cpuLeftMilli, ReadOnlySpan<int> gpuFree, TargetWorkload workload)
    {
        long totalFree = 0;
        foreach (var f in gpuFree)
        {
            totalFree += f;
        }
        if (totalFree == 0)
        {
            return 0;
        }
        double frag = 0;
        foreach (var target in workload.Pods)
        {
            var shape = target.Shape;
            if (!shape.RequestsGpu || !shape.CanUseModel(model))
            {
                frag += target.Frequency * totalFree;
                continue;
            }
            var usable = 0;
            long tooSmall = 0;
            foreach (var f in gpuFree)
            {
                if (f >= shape.GpuMilli)
                {
                    usable++;
                }
                else
                {
                    tooSmall += f;
                }
            }
            var fits = usable >= shape.GpuCount && cpuLeftMilli >= shape.CpuMilli;
            frag += target.Frequency * (fits ? tooSmall : totalFree);
        }
        return frag;
    }

    public static double NodeFragmentedMilli(IGpuNodeView node, TargetWorkload workload) =>
        NodeFragmentedMilli(node.GpuModel, node.CpuLeftMilli, node.GpuFreeMilli, workload);
}
