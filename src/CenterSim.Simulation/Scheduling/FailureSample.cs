namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// The failure meter at one instant, counted since time 0: failures and job interruptions by cause,
/// useful chip-seconds, and chip-seconds of jobs under way (from their first start to their end, waits
/// after a failure included).
/// </summary>
public sealed record FailureSample(IReadOnlyList<long> Failures, IReadOnlyList<long> Interruptions, double UsefulChipSeconds, double StartedChipSeconds)
{
    public static FailureSample Empty { get; } = new(Array.Empty<long>(), Array.Empty<long>(), 0, 0);
}
