namespace CenterSim.Policies.Scheduling;

/// <summary>
/// EASY backfilling (Lifka 1995): jobs start in arrival order; when the head does not fit it gets a
/// reservation at the earliest time enough chips free up, estimated from the running jobs' declared
/// runtimes (the shadow time). A later job may jump ahead only if it fits now and either ends by the
/// shadow time or uses only chips the head will not need then, so the head is never delayed past its
/// reservation when runtimes are as declared. Reservations count chips, not particular servers.
/// </summary>
public sealed class EasyBackfillScheduling : ISchedulingPolicy, IReadsExpectedEnds
{
    private readonly List<(double End, int Chips)> _ends = new();
    private readonly List<(double End, int Chips)> _started = new();

    /// <summary>The head's reservation after the last pass (NaN when nothing was blocked), for tests.</summary>
    public double LastShadowTime { get; private set; } = double.NaN;

    /// <summary>The blocked head of the last pass (-1 when nothing was blocked), for tests.</summary>
    public long LastHeadId { get; private set; } = -1;

    public void Schedule(SchedulingContext context)
    {
        LastShadowTime = double.NaN;
        LastHeadId = -1;
        var queue = context.Queue;
        var i = 0;
        while (i < queue.Count && context.TryStart(i))
        {
            i++;
        }
        if (i >= queue.Count)
        {
            return;
        }
        var head = queue[i];
        var (shadow, extra) = Reservation(context, head.Chips);
        LastShadowTime = shadow;
        LastHeadId = head.Id;
        for (var j = i + 1; j < queue.Count && !context.NothingFits; j++)
        {
            var job = queue[j];
            var endsInTime = context.Now + job.RuntimeSeconds <= shadow;
            if (!endsInTime && job.Chips > extra)
            {
                continue;
            }
            if (context.TryStart(j) && !endsInTime)
            {
                extra -= job.Chips;
            }
        }
    }

    /// <summary>
    /// The shadow time and the chips free then beyond what the head needs: running jobs (and those started
    /// in this pass) free their chips at their expected ends, past ends counting as now; all jobs ending at
    /// one time free theirs together.
    /// </summary>
    private (double Shadow, int Extra) Reservation(SchedulingContext context, int headChips)
    {
        _started.Clear();
        foreach (var d in context.Decisions)
        {
            var started = d.Job;
            _started.Add((context.Now + started.RuntimeSeconds, started.Chips));
        }
        _started.Sort(static (a, b) => a.End.CompareTo(b.End));
        var free = context.Cluster.TotalFree;
        double? group = null;
        foreach (var (at, chips) in Merged(RunningEnds(context), context.Now))
        {
            if (group is { } g && at > g && free >= headChips)
            {
                return (g, free - headChips);
            }
            group = at;
            free += chips;
        }
        if (group is { } last && free >= headChips)
        {
            return (last, free - headChips);
        }
        // Not even an empty center holds the head (chips down for repair): reserve nothing.
        return (double.PositiveInfinity, 0);
    }

    /// <summary>The running jobs' ends (past ones as now) and this pass's starts' ends, in time order.</summary>
    private IEnumerable<(double At, int Chips)> Merged(IEnumerable<(double End, int Chips)> running, double now)
    {
        var next = 0;
        foreach (var (end, chips) in running)
        {
            var at = Math.Max(end, now);
            for (; next < _started.Count && _started[next].End < at; next++)
            {
                yield return _started[next];
            }
            yield return (at, chips);
        }
        for (; next < _started.Count; next++)
        {
            yield return _started[next];
        }
    }

    private IEnumerable<(double End, int Chips)> RunningEnds(SchedulingContext context)
    {
        if (context.RunningByEnd is { } kept)
        {
            foreach (var (end, _, chips) in kept)
            {
                yield return (end, chips);
            }
            yield break;
        }
        _ends.Clear();
        foreach (var r in context.Running)
        {
            _ends.Add((r.EstimatedEnd, r.Chips));
        }
        _ends.Sort(static (a, b) => a.End.CompareTo(b.End));
        foreach (var e in _ends)
        {
            yield return e;
        }
    }
}
