namespace CenterSim.Policies.TracePlacement;

/// <summary>One task shape of the target workload with its share of all tasks (0..1).</summary>
public sealed record TargetPod(GpuPodRequest Shape, double Frequency);
