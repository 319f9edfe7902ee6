namespace CenterSim.Simulation.Benchmark;

/// <summary>What one engine did on the benchmark model: events, wall seconds, and the mean wait it computed.</summary>
public sealed record EngineMeasurement(string Engine, long Events, double WallSeconds, double MeanWaitHours, long Jobs)
{
    public double EventsPerSecond => Events / WallSeconds;

    public double P95WaitHours { get; init; }

    /// <summary>Processor time the process used during the run (all threads); less sensitive than wall time to a busy machine.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>IT energy and utilization over the whole run (the actor engine's window is the same: no warm-up).</summary>
    public double ItEnergyKwh { get; init; }

    public double Utilization { get; init; }

    /// <summary>Bytes the run allocated on the thread that ran it (the run's actors all live on it).</summary>
    public long AllocatedBytes { get; init; }

    public double AllocatedBytesPerEvent => AllocatedBytes / (double)Events;

    /// <summary>Messages the run's actors were delivered, calendar events included; 0 for the plain loop, which has no actors.</summary>
    public long Messages { get; init; }

    public double MessagesPerEvent => Messages / (double)Events;

    /// <summary>Garbage collections of generation 0 (all generations counted) during the run, and their pause time in seconds.</summary>
    public int Collections { get; init; }

    public double GcPauseSeconds { get; init; }
}
