namespace CenterSim.Simulation.Benchmark;

/// <summary>One combination of <c>bench --scale</c>: the center's chips, its policies and how fast the engine ran it.</summary>
public sealed record ScaleMeasurement(int Chips, string Scheduling, string Placement, long Events, double WallSeconds, double Utilization)
{
    /// <summary>The racks' power capping (none, throttle or delay).</summary>
    public Model.Infrastructure.CappingMode Capping { get; init; }

    public double EventsPerSecond => Events / WallSeconds;

    /// <summary>Messages the run's actors were delivered, calendar events included: what one event costs in actor work.</summary>
    public long Messages { get; init; }

    public double MessagesPerEvent => Messages / (double)Events;

    /// <summary>Bytes the run allocated on its thread (building the center, the run and its result).</summary>
    public long AllocatedBytes { get; init; }

    public double AllocatedBytesPerEvent => AllocatedBytes / (double)Events;
}
