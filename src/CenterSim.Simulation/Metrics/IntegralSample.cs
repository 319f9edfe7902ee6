namespace CenterSim.Simulation.Metrics;

/// <summary>The run's integrals at one instant, from the scheduler's and the power budget's snapshots.</summary>
public readonly record struct IntegralSample(double Time, double AllocatedChipSeconds, double QueueJobSeconds, double SystemJobSeconds, double ItJoules)
{
    public double EffectiveChipSeconds { get; init; }

    public double ThrottledChipSeconds { get; init; }

    public double StrandedChipSeconds { get; init; }

    public double LostChipSeconds { get; init; }

    /// <summary>The scheduler's snapshot this sample was made from (pool integrals, capacity rules' counters).</summary>
    public Actors.SchedulerProtocol.Snapshot? Scheduler { get; init; }

    public double FacilityJoules { get; init; }

    public double CostYuan { get; init; }

    /// <summary>What the hub's power subsidy for domestic chips paid back since time 0 (already taken off <see cref="CostYuan"/>).</summary>
    public double PowerSubsidyYuan { get; init; }

    public double CarbonKg { get; init; }

    public long CapViolations { get; init; }

    /// <summary>Caps exceeded at the time of the sample.</summary>
    public int CapsExceeded { get; init; }
}
