namespace CenterSim.Policies.Pricing;

/// <summary>
/// The load a center posts every hour: the share of its chips allocated over the hour before and the
/// jobs waiting then. A posted load is in force until the next is posted (none before the first: an
/// idle center), so the price a job is quoted and the price it pays while it runs read the same load.
/// </summary>
public sealed class LoadHistory
{
    private readonly List<double> _times = new();
    private readonly List<double> _utilization = new();
    private readonly List<int> _queued = new();

    /// <summary>The utilization in force now (the last posted), 0..1.</summary>
    public double Utilization => _utilization.Count > 0 ? _utilization[^1] : 0;

    /// <summary>The queue length in force now (the last posted).</summary>
    public int QueueLength => _queued.Count > 0 ? _queued[^1] : 0;

    public int Count => _times.Count;

    /// <summary>Posts the load at <paramref name="time"/>; times must not go back.</summary>
    public void Post(double time, double utilization, int queueLength)
    {
        if (_times.Count > 0 && time < _times[^1])
        {
            throw new ArgumentException($"load posted at {time} s after one at {_times[^1]} s", nameof(time));
        }
        _times.Add(time);
        _utilization.Add(utilization);
        _queued.Add(queueLength);
    }

    /// <summary>The pieces of [<paramref name="from"/>, <paramref name="to"/>) with the load in force in each.</summary>
    public IEnumerable<(double From, double To, double Utilization, int QueueLength)> Over(double from, double to)
    {
        // The last posting at or before `from` (-1: none yet, the idle load).
        var i = _times.BinarySearch(from);
        i = i >= 0 ? LastAt(i) : ~i - 1;
        var start = from;
        while (start < to)
        {
            var end = i + 1 < _times.Count ? Math.Min(to, _times[i + 1]) : to;
            if (end > start)
            {
                yield return (start, end, i >= 0 ? _utilization[i] : 0, i >= 0 ? _queued[i] : 0);
            }
            start = end;
            i++;
        }
    }

    private int LastAt(int i)
    {
        while (i + 1 < _times.Count && _times[i + 1] == _times[i])
        {
            i++;
        }
        return i;
    }
}
