namespace CenterSim.Traces.Readers;

/// <summary>
/// One task of an Alibaba openb pod list. <see cref="GpuMilli"/> is the share of each requested GPU in
/// thousandths (below 1000 only for single-GPU sharing tasks); <see cref="GpuSpec"/> lists allowed GPU
/// models separated by '|' (empty = any). Times are seconds from trace start; deletion and scheduling
/// times are missing for tasks still pending at trace end.
/// </summary>
public sealed record OpenbPod(
    string Name,
    long CpuMilli,
    long MemoryMib,
    int GpuCount,
    int GpuMilli,
    string GpuSpec,
    string Qos,
    string Phase,
    long? CreationS,
    long? DeletionS,
    long? ScheduledS,
    int Line);
