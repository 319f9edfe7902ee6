using CenterSim.Model.Infrastructure;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Checkpoints and restarts. With a failure model a job writes a checkpoint after every interval of
/// useful work (the scenario's, or the Young/Daly optimum of its own gang), which costs the write time as
/// work of its own; killed or preempted, it loses what it did since the last finished checkpoint and,
/// started again, needs the restart time before it progresses. Without one, jobs take no checkpoints
/// and a preempted job starts over.
/// </summary>
public sealed class CheckpointModel
{
    private readonly FailureSpec? _failures;
    private readonly double _write;

    public CheckpointModel(FailureSpec? failures)
    {
        _failures = failures;
        _write = failures?.CheckpointWriteSeconds ?? 0;
        RestartSeconds = failures?.RestartSeconds ?? 0;
    }

    public double RestartSeconds { get; }

    /// <summary>The interval of useful work between checkpoints of a job of <paramref name="chips"/> on servers of <paramref name="chipsPerServer"/> (infinite: none).</summary>
    public double IntervalFor(int chips, int chipsPerServer) => _failures?.IntervalFor(chips, chipsPerServer) ?? double.PositiveInfinity;

    /// <summary>Useful work plus a checkpoint write after each full interval but the last.</summary>
    public double TotalWork(double usefulWork, double interval)
    {
        if (double.IsPositiveInfinity(interval) || _write <= 0)
        {
            return usefulWork;
        }
        var checkpoints = Math.Max(0, Math.Ceiling(usefulWork / interval - 1e-9) - 1);
        return usefulWork + checkpoints * _write;
    }

    /// <summary>Of <paramref name="done"/> work (writes included), how much the last finished checkpoint keeps.</summary>
    public double SavedWork(double done, double interval)
    {
        if (double.IsPositiveInfinity(interval))
        {
            return 0;
        }
        var cycle = interval + _write;
        return Math.Min(done, Math.Floor(done / cycle + 1e-9) * cycle);
    }

    /// <summary>Of <paramref name="done"/> work (writes included), the useful part: the writes finished or begun are taken out.</summary>
    public double UsefulWork(double done, double interval)
    {
        if (double.IsPositiveInfinity(interval) || _write <= 0)
        {
            return done;
        }
        var cycle = interval + _write;
        var full = Math.Floor(done / cycle);
        return full * interval + Math.Min(interval, done - full * cycle);
    }
}
