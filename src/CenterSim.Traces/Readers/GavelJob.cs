namespace CenterSim.Traces.Readers;

/// <summary>
/// One job of the Gavel Philly-like per-VC trace. <see cref="DurationS"/> is the isolated-V100 duration
/// implied by Gavel's throughput table; null where Gavel has no throughput for that job size.
/// </summary>
public sealed record GavelJob(string Vc, string JobType, int Gpus, double ArrivalS, long TotalSteps, double? DurationS, int Line);
