namespace CenterSim.Simulation.Metrics;

/// <summary>The run's integrals at one instant, from the scheduler's and the power budget's snapshots.</summary>
public readonly record struct IntegralSample(double Time, double AllocatedChipSeconds, double QueueJobSeconds, double SystemJobSeconds, double ItJoules);
