using CenterSim.Model.Infrastructure;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Checkpoints and restarts. With a failure model a job writes a checkpoint after every interval of
/// useful work, which costs the write time as work of its own; killed or preempted, it loses what it did
/// since the last finished checkpoint and, started again, needs the restart time before it progresses.
/// Without one, jobs take no checkpoints and a preempted job starts over.
/// </summary>
public sealed class CheckpointModel
{
    private readonly double _interval;
    private readonly double _write;

    public CheckpointModel(FailureSpec? failures)
    {
        _interval = failures?.CheckpointIntervalSeconds ?? double.PositiveInfinity;
        _write = failures?.CheckpointWriteSeconds ?? 0;
        RestartSeconds = failures?.RestartSeconds ?? 0;
    }

    public double RestartSeconds { get; }

    /// <summary>Useful work plus a checkpoint write after each full interval but the last.</summary>
    public double TotalWork(double usefulWork)
    {
        if (double.IsPositiveInfinity(_interval) || _write <= 0)
        {
            return usefulWork;
        }
        var checkpoints = Math.Max(0, Math.Ceiling(usefulWork / _interval - 1e-9) - 1);
        return usefulWork + checkpoints * _write;
    }

    /// <summary>Of <paramref name="done"/> work (writes included), how much the last finished checkpoint keeps.</summary>
    public double SavedWork(double done)
    {
        if (double.IsPositiveInfinity(_interval))
        {
            return 0;
        }
        var cycle = _interval + _write;
        return Math.Min(done, Math.Floor(done / cycle + 1e-9) * cycle);
    }
}
