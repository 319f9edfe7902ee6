namespace CenterSim.Simulation.Engine;

/// <summary>Orders the calendar: by simulated time, then by insertion sequence, so equal times are first-in first-out.</summary>
public readonly record struct EventKey(double Time, long Sequence) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        var c = Time.CompareTo(other.Time);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}
