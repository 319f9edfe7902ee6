namespace CenterSim.Simulation.Actors;

/// <summary>
/// Changes on their way to an actor that only meters them, as a log rather than a message per change:
/// the servers' changes of draw to the power budget, the flows a gang starts and ends on each link it
/// spans to that link. Nothing acts on such a change the moment it is made (caps act in the scheduler
/// and the racks), and a gang's start or end makes dozens of them in the same instant. The writer adds
/// each change with the time it was made; the reader takes the log, in order, before it handles any
/// message, integrating up to each change's time and then applying it, so it meters what one message
/// per change would have, at the same breakpoints, to the last bit. All of a run's actors live on one
/// thread, so the log needs no lock.
/// </summary>
public sealed class ChangeLog<TChange>
{
    private readonly List<(double Time, TChange Change)> _changes = new();

    /// <summary>Changes made and not yet read.</summary>
    public int Pending => _changes.Count;

    /// <summary>Adds a change made at <paramref name="time"/>, no earlier than the last one added; returns how many are now waiting.</summary>
    public int Add(double time, TChange change)
    {
        if (_changes.Count > 0 && time < _changes[^1].Time)
        {
            throw new InvalidOperationException($"a change ({change}) at {time} s comes after one at {_changes[^1].Time} s");
        }
        _changes.Add((time, change));
        return _changes.Count;
    }

    /// <summary>The changes added since the last read, in order; the log is empty afterwards.</summary>
    public void TakeAll(Action<double, TChange> apply)
    {
        // Indexing, not enumerating: applying a change never adds one, but a list must not change under an enumerator.
        for (var i = 0; i < _changes.Count; i++)
        {
            apply(_changes[i].Time, _changes[i].Change);
        }
        _changes.Clear();
    }
}
