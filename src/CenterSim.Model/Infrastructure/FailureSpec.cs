using CenterSim.Model.Theory;

namespace CenterSim.Model.Infrastructure;

/// <summary>
/// Failures as independent Poisson processes, one per <see cref="FailureCause"/> and unit. A failure
/// takes the whole server out for its cause's repair time and kills the jobs on it; they restart from
/// their last checkpoint, taken every <see cref="CheckpointIntervalSeconds"/> of work, or with
/// <see cref="OptimalInterval"/> every Young/Daly interval sqrt(2 × write × the job's own MTBF).
/// </summary>
public sealed record FailureSpec(IReadOnlyList<FailureCause> Causes, double CheckpointIntervalSeconds)
{
    /// <summary>Seconds a job stops to write each checkpoint (<c>checkpoint_write</c>).</summary>
    public double CheckpointWriteSeconds { get; init; }

    /// <summary>Seconds a job needs after a restart before it makes progress again: reload, re-initialise (<c>restart</c>).</summary>
    public double RestartSeconds { get; init; }

    /// <summary><c>checkpoint_interval: optimal</c>: each job checkpoints at the Young/Daly interval of its own gang.</summary>
    public bool OptimalInterval { get; init; }

    /// <summary>
    /// The two causes of the plain form: <c>chip_mtbf</c> per chip and <c>server_mtbf</c> per server (null:
    /// never), each with its repair time. The chip cause comes first, as the failure draw expects.
    /// </summary>
    public static FailureSpec ChipAndServer(double? chipMtbfSeconds, double? serverMtbfSeconds, double chipRepairSeconds, double serverRepairSeconds, double checkpointIntervalSeconds) =>
        new(new[]
        {
            new FailureCause("chip", FailureUnit.Chip, chipMtbfSeconds ?? double.PositiveInfinity, chipRepairSeconds),
            new FailureCause("server", FailureUnit.Server, serverMtbfSeconds ?? double.PositiveInfinity, serverRepairSeconds),
        }, checkpointIntervalSeconds);

    /// <summary>Failures per second of one server of <paramref name="chipsPerServer"/> chips, all causes.</summary>
    public double RatePerServer(int chipsPerServer) => Causes.Sum(c => c.RatePerServer(chipsPerServer));

    /// <summary>
    /// Failures per second that kill a job of <paramref name="chips"/> chips packed on whole servers of
    /// <paramref name="chipsPerServer"/>: any failure of any of its servers kills it.
    /// </summary>
    public double JobRate(int chips, int chipsPerServer) => Math.Ceiling((double)chips / chipsPerServer) * RatePerServer(chipsPerServer);

    /// <summary>The checkpoint interval of such a job: the fixed one, or the Young/Daly optimum for its MTBF (infinite when it cannot fail).</summary>
    public double IntervalFor(int chips, int chipsPerServer)
    {
        if (!OptimalInterval)
        {
            return CheckpointIntervalSeconds;
        }
        var rate = JobRate(chips, chipsPerServer);
        return rate > 0 ? YoungDaly.OptimalInterval(CheckpointWriteSeconds, 1 / rate) : double.PositiveInfinity;
    }
}
