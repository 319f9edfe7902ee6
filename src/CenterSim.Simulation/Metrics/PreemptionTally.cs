using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Metrics;

/// <summary>Measured jobs preempted at least once, and the chip-seconds of work they lost to preemption.</summary>
public readonly record struct PreemptionTally(long Jobs, double ChipSeconds)
{
    public PreemptionTally Add(Job job) => job.Measured && job.Preemptions > 0
        ? new PreemptionTally(Jobs + 1, ChipSeconds + job.PreemptedChipSeconds)
        : this;
}
