namespace CenterSim.Simulation.Benchmark;

/// <summary>
/// One run of <c>bench --network</c>: the network's hubs and chips, how fast the engine ran it (wall and processor
/// seconds) and what it simulated: utilization, the share of jobs the broker sent out of their home region, jobs.
/// </summary>
public sealed record NetworkScaleMeasurement(int Hubs, int Chips, long Events, double WallSeconds, double CpuSeconds)
{
    public double EventsPerSecond => Events / WallSeconds;

    public double Utilization { get; init; }

    /// <summary>Measured jobs placed outside their home region, as a share of those placed.</summary>
    public double JobsMovedShare { get; init; }

    public double MeanWaitHours { get; init; }

    public long JobsSubmitted { get; init; }

    public long JobsCompleted { get; init; }

    public long JobsUnfinished { get; init; }
}
