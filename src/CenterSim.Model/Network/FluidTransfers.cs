namespace CenterSim.Model.Network;

/// <summary>
/// Transfers over shared links as fluid flows: between changes every flow moves at a constant rate,
/// and at every change (a flow starts or ends) the links are shared again max-min fairly
/// (<see cref="MaxMinFairShare"/>). Flows that cross the same links get the same rate, so they are kept
/// per route (<see cref="FluidRoute"/>): the cost of a change grows with the number of routes, and only
/// by a logarithm with the number of flows under way, however overloaded the links. The caller owns
/// time: it advances the set to the present before any change, then asks when the next flow will
/// finish. Pure: no clock, no randomness.
/// </summary>
public sealed class FluidTransfers
{
    private readonly double[] _capacities;
    private readonly List<FluidRoute> _routes = new();
    private readonly Dictionary<string, FluidRoute> _routeByLinks = new();
    private readonly double[] _linkRate;
    private readonly int[] _linkFlows;
    private double _time;

    public FluidTransfers(double[] capacitiesBitsPerSecond)
    {
        _capacities = capacitiesBitsPerSecond;
        _linkRate = new double[_capacities.Length];
        _linkFlows = new int[_capacities.Length];
    }

    /// <summary>How many flows are under way.</summary>
    public int Count { get; private set; }

    /// <summary>The flows under way, in the order they started: a copy, costing their number (for inspection and tests).</summary>
    public IReadOnlyList<FluidFlow> Flows => _routes.SelectMany(r => r.Flows).OrderBy(f => f.Id).ToList();

    public double Time => _time;

    /// <summary>Total rate on a link, as last shared (bits per second).</summary>
    public double RateOn(int link) => _linkRate[link];

    /// <summary>Flows crossing a link, as last shared.</summary>
    public int FlowsOn(int link) => _linkFlows[link];

    /// <summary>Moves every flow forward at its current rate up to <paramref name="now"/>.</summary>
    public void AdvanceTo(double now)
    {
        var dt = now - _time;
        if (dt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(now), $"time {now} is before {_time}");
        }
        foreach (var r in _routes)
        {
            r.Advance(dt);
        }
        _time = now;
    }

    /// <summary>Starts a flow now; call <see cref="Share"/> after the changes of this instant.</summary>
    public FluidFlow Add(long id, int[] links, double bits)
    {
        var distinct = links.Distinct().Order().ToArray();
        var key = string.Join(',', distinct);
        if (!_routeByLinks.TryGetValue(key, out var route))
        {
            route = new FluidRoute(distinct);
            _routeByLinks.Add(key, route);
            _routes.Add(route);
        }
        var flow = new FluidFlow(id, links, bits, route);
        route.Add(flow);
        Count++;
        return flow;
    }

    /// <summary>
    /// Takes the finished flows out, in the order they started. A flow also counts as finished when what
    /// it has left would take less time than the clock can resolve at this hour of the run: the clock
    /// could never move on to its end, and a handful of bits is well inside the model's precision.
    /// </summary>
    public List<FluidFlow> TakeFinished()
    {
        var done = new List<FluidFlow>();
        foreach (var r in _routes)
        {
            while (r.First is { } f && Done(f))
            {
                done.Add(r.Take());
            }
        }
        Count -= done.Count;
        done.Sort((a, b) => a.Id.CompareTo(b.Id));
        return done;
    }

    private bool Done(FluidFlow f) => f.Finished || _time + f.BitsLeft / f.Rate <= _time;

    /// <summary>Shares the links among the flows under way; returns the links whose load changed.</summary>
    public List<int> Share()
    {
        var busy = _routes.Where(r => r.Count > 0).ToList();
        var rates = MaxMinFairShare.Rates(_capacities, busy.Select(r => (IReadOnlyList<int>)r.Links).ToList(), busy.Select(r => r.Count).ToList());
        var rate = new double[_capacities.Length];
        var flows = new int[_capacities.Length];
        for (var i = 0; i < busy.Count; i++)
        {
            busy[i].Rate = rates[i];
            foreach (var l in busy[i].Links)
            {
                rate[l] += rates[i] * busy[i].Count;
                flows[l] += busy[i].Count;
            }
        }
        var changed = new List<int>();
        for (var l = 0; l < rate.Length; l++)
        {
            if (rate[l] != _linkRate[l] || flows[l] != _linkFlows[l])
            {
                _linkRate[l] = rate[l];
                _linkFlows[l] = flows[l];
                changed.Add(l);
            }
        }
        return changed;
    }

    /// <summary>When the first flow under way will finish at the current rates; infinity when none is under way.</summary>
    public double NextFinish()
    {
        var next = double.PositiveInfinity;
        foreach (var r in _routes)
        {
            if (r.First is { } f)
            {
                next = Math.Min(next, _time + f.BitsLeft / f.Rate);
            }
        }
        return next;
    }
}
