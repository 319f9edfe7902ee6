namespace CenterSim.Simulation.Actors;

/// <summary>
/// The servers' changes of draw on their way to the power budget, as a log rather than a message per
/// change: a gang's start or end changes dozens of servers in the same instant, and nothing acts on a
/// change the moment it is made (caps act in the scheduler and the racks). A server adds its change with
/// the time it was made; the budget reads the log, in order, before it handles any message (a snapshot,
/// a rack's level), integrating its energy and bills up to each change's time and then applying it. So
/// it meters what one message per change would have, at the same breakpoints, to the last bit. All of a
/// run's actors live on one thread, so the log needs no lock.
/// </summary>
public sealed class PowerChangeLog
{
    private readonly List<(double Time, int Server, double Watts)> _changes = new();

    /// <summary>Changes made and not yet read.</summary>
    public int Pending => _changes.Count;

    /// <summary>Adds a change made at <paramref name="time"/>, no earlier than the last one added.</summary>
    public void Add(double time, int server, double watts)
    {
        if (_changes.Count > 0 && time < _changes[^1].Time)
        {
            throw new InvalidOperationException($"server {server}'s change of draw at {time} s comes after one at {_changes[^1].Time} s");
        }
        _changes.Add((time, server, watts));
    }

    /// <summary>The changes added since the last read, in order; the log is empty afterwards.</summary>
    public void TakeAll(Action<double, int, double> apply)
    {
        // Indexing, not enumerating: applying a change never adds one, but a list must not change under an enumerator.
        for (var i = 0; i < _changes.Count; i++)
        {
            var (time, server, watts) = _changes[i];
            apply(time, server, watts);
        }
        _changes.Clear();
    }
}
