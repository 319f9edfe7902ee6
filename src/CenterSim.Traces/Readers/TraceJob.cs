namespace CenterSim.Traces.Readers;

/// <summary>
/// One job of the generic CSV job format (see <see cref="GenericJobReader"/>): submitted at
/// <see cref="SubmitS"/>, holds <see cref="Gpus"/> GPUs with <see cref="GpuMilli"/> thousandths of each for
/// <see cref="DurationS"/>. An empty <see cref="GpuModel"/> accepts any model.
/// </summary>
public sealed record TraceJob(
    string JobId,
    double SubmitS,
    int Gpus,
    double DurationS,
    int GpuMilli,
    long CpuMilli,
    long MemoryMib,
    string GpuModel,
    int Line);
