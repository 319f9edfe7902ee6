namespace CenterSim.Traces.Readers;

/// <summary>One node of an Alibaba openb node list (cluster-trace-gpu-v2023).</summary>
public sealed record OpenbNode(string Name, long CpuMilli, long MemoryMib, int GpuCount, string GpuModel, int Line);
