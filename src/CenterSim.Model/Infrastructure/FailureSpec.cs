namespace CenterSim.Model.Infrastructure;

/// <summary>
/// Failures as Poisson processes: each chip fails at rate 1/<see cref="ChipMtbfSeconds"/> and each server
/// at 1/<see cref="ServerMtbfSeconds"/> (null: never). A failure takes the whole server out for the repair
/// time and kills the jobs on it; they restart from their last checkpoint, taken every
/// <see cref="CheckpointIntervalSeconds"/> of work.
/// </summary>
public sealed record FailureSpec(
    double? ChipMtbfSeconds,
    double? ServerMtbfSeconds,
    double ChipRepairSeconds,
    double ServerRepairSeconds,
    double CheckpointIntervalSeconds)
{
    /// <summary>Seconds a job stops to write each checkpoint (<c>checkpoint_write</c>).</summary>
    public double CheckpointWriteSeconds { get; init; }

    /// <summary>Seconds a job needs after a restart before it makes progress again: reload, re-initialise (<c>restart</c>).</summary>
    public double RestartSeconds { get; init; }
}
