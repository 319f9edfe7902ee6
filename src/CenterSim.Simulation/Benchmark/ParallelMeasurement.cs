namespace CenterSim.Simulation.Benchmark;

/// <summary>Replications of one center timed on one thread and on several: the speed-up, and whether the results were the same.</summary>
public sealed record ParallelMeasurement(int Chips, int Replications, int Threads, long Events, double OneThreadSeconds, double ThreadsSeconds, bool SameResults)
{
    public double Speedup => OneThreadSeconds / ThreadsSeconds;

    /// <summary>Seconds the garbage collector held the process paused during the kept one-thread and several-thread rounds: a workstation collection stops every run thread.</summary>
    public double OneThreadGcPauseSeconds { get; init; }

    public double ThreadsGcPauseSeconds { get; init; }
}
