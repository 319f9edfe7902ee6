namespace CenterSim.Simulation.Benchmark;

/// <summary>What one engine did on the benchmark model: events, wall seconds, and the mean wait it computed.</summary>
public sealed record EngineMeasurement(string Engine, long Events, double WallSeconds, double MeanWaitHours, long Jobs)
{
    public double EventsPerSecond => Events / WallSeconds;
}
