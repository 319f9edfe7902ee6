namespace CenterSim.Traces.Inflation;

/// <summary>Outcome of one inflation replay of one policy with one seed.</summary>
public sealed record InflationResult(
    string Policy,
    long Seed,
    int SubmittedTasks,
    int FailedTasks,
    long CapacityGpuMilli,
    long ArrivedGpuMilli,
    long AllocatedGpuMilli,
    IReadOnlyList<LoadPoint> Curve)
{
    /// <summary>The curve point at a load percent, or null when the replay did not reach it.</summary>
    public LoadPoint? At(int loadPct) => Curve.FirstOrDefault(p => p.LoadPct == loadPct);
}
