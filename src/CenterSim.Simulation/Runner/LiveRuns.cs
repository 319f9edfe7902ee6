using System.Collections.Concurrent;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// The replications running in this process right now, for progress displays: each one's simulated time
/// against its end. Display code reads them from its own thread; the runs never read anything here, so
/// results do not depend on it.
/// </summary>
public static class LiveRuns
{
    private static readonly ConcurrentDictionary<RunContext, byte> Running = new();

    /// <summary>One run's position: replication, simulated seconds so far, and the run's end (null for a job-count stop).</summary>
    public readonly record struct Position(string Scenario, int Replication, double NowSeconds, double? EndSeconds)
    {
        /// <summary>Share of the run done, 0 to 1; 0 when the end is a job count.</summary>
        public double Fraction => EndSeconds is { } end && end > 0 ? Math.Clamp(NowSeconds / end, 0, 1) : 0;
    }

    internal static void Add(RunContext run) => Running[run] = 0;

    internal static void Remove(RunContext run) => Running.TryRemove(run, out _);

    public static IReadOnlyList<Position> Snapshot() =>
        Running.Keys.Select(r => new Position(r.Spec.Name, r.Replication, r.Clock.Now, r.Spec.Stop.DurationSeconds))
            .OrderBy(p => p.Replication).ToList();
}
