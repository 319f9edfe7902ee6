namespace CenterSim.Policies.TracePlacement;

/// <summary>A policy's decision: the node (by index in the node list) and the GPU device indices it uses.</summary>
public sealed record GpuPlacement(int NodeIndex, IReadOnlyList<int> Gpus);
