namespace CenterSim.Simulation.Benchmark;

/// <summary>Replications of one center timed on one thread and on several: the speed-up, and whether the results were the same.</summary>
public sealed record ParallelMeasurement(int Chips, int Replications, int Threads, long Events, double OneThreadSeconds, double ThreadsSeconds, bool SameResults)
{
    public double Speedup => OneThreadSeconds / ThreadsSeconds;
}
