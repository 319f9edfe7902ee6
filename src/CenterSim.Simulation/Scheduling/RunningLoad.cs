using CenterSim.Policies.Scheduling;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// The chip-seconds the running jobs of a center still expect to hold, Σ chips × max(0, expected end − now),
/// for the broker's load report, kept as jobs start, stop and change speed instead of summed over every
/// running job at each report. Jobs expected to end after the last report are filed by end with exact
/// sums of chips × end and of chips; at a report the ones whose end has come are taken out (each once),
/// and the rest give chips × end − chips × now. A job that makes no progress (no expected end) makes the
/// load infinite while it runs.
/// </summary>
public sealed class RunningLoad
{
    private readonly EndOrderedSet _ahead = new();
    private ExactSum _chipEnds;
    private long _chips;
    private int _endless;

    public void File(double end, long id, int chips)
    {
        if (double.IsPositiveInfinity(end))
        {
            _endless++;
            return;
        }
        _ahead.Add((end, id, chips));
        _chipEnds.Add(end, chips);
        _chips += chips;
    }

    public void Unfile(double end, long id, int chips)
    {
        if (double.IsPositiveInfinity(end))
        {
            _endless--;
        }
        else if (_ahead.Remove((end, id, chips)))
        {
            _chipEnds.Subtract(end, chips);
            _chips -= chips;
        }
    }

    /// <summary>Chip-seconds still expected at <paramref name="now"/>, which must not go back between calls.</summary>
    public double ChipSecondsLeft(double now)
    {
        while (_ahead.Count > 0 && _ahead.Min.End <= now)
        {
            var first = _ahead.Min;
            var (end, _, chips) = first;
            _ahead.Remove(first);
            _chipEnds.Subtract(end, chips);
            _chips -= chips;
        }
        return _endless > 0 ? double.PositiveInfinity : _chipEnds.Less(now, _chips);
    }
}
