namespace CenterSim.Traces.Inflation;

/// <summary>
/// One inflation replay: <paramref name="Seed"/> drives task order and tie-breaking;
/// tasks are submitted until requested GPUs reach <paramref name="MaxLoad"/> × cluster GPU capacity
/// (the FGD artifact uses 1.3).
/// </summary>
public sealed record InflationOptions(long Seed, double MaxLoad = 1.3);
