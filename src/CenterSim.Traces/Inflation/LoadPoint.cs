namespace CenterSim.Traces.Inflation;

/// <summary>
/// Cluster state when arrived load (requested GPUs of all tasks submitted so far, failed ones included,
/// over GPU capacity) is <see cref="LoadPct"/> percent: the mean over all submissions whose arrived load
/// rounds to that percent (±1 percent when none does), as the FGD artifact's analysis does.
/// <see cref="AllocationPct"/> = allocated GPU milli / capacity; <see cref="FragmentationPct"/> = fragmented
/// GPU milli / unallocated GPU milli; <see cref="FragmentedCapacityPct"/> = fragmented GPU milli / capacity.
/// </summary>
public sealed record LoadPoint(int LoadPct, double AllocationPct, double FragmentationPct, double FragmentedCapacityPct);
