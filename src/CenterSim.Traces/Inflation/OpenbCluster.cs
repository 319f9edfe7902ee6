using CenterSim.Policies.TracePlacement;
using CenterSim.Traces.Readers;

namespace CenterSim.Traces.Inflation;

/// <summary>Turns openb rows into the placement model's tasks and fresh node states.</summary>
public static class OpenbCluster
{
    public static GpuPodRequest ToRequest(OpenbPod pod) =>
        new(pod.Name, pod.CpuMilli, pod.MemoryMib, pod.GpuCount, pod.GpuCount == 0 ? 0 : pod.GpuMilli, pod.GpuSpec);

    /// <summary>Empty nodes in list order; the index in the list is the node index policies report.</summary>
    public static GpuNodeState[] NewNodes(IReadOnlyList<OpenbNode> nodes) =>
        nodes.Select((n, i) => new GpuNodeState(i, n.Name, n.CpuMilli, n.MemoryMib, n.GpuCount, n.GpuModel)).ToArray();
}
