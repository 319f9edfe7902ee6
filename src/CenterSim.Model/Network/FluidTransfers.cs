namespace CenterSim.Model.Network;

/// <summary>
/// Transfers over shared links as fluid flows: between changes every flow moves at a constant rate,
/// and at every change (a flow starts or ends) the links are shared again max-min fairly
/// (<see cref="MaxMinFairShare"/>). The caller owns time: it advances the set to the present before
/// any change, then asks when the next flow will finish. Pure: no clock, no randomness.
/// </summary>
public sealed class FluidTransfers
{
    private readonly double[] _capacities;
    private readonly List<FluidFlow> _flows = new();
    private readonly double[] _linkRate;
    private readonly int[] _linkFlows;
    private double _time;

    public FluidTransfers(double[] capacitiesBitsPerSecond)
    {
        _capacities = capacitiesBitsPerSecond;
        _linkRate = new double[_capacities.Length];
        _linkFlows = new int[_capacities.Length];
    }

    /// <summary>The flows under way, in the order they started.</summary>
    public IReadOnlyList<FluidFlow> Flows => _flows;

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
        foreach (var f in _flows)
        {
            f.BitsLeft = Math.Max(0, f.BitsLeft - f.Rate * dt);
        }
        _time = now;
    }

    /// <summary>Starts a flow now; call <see cref="Share"/> after the changes of this instant.</summary>
    public FluidFlow Add(long id, int[] links, double bits)
    {
        var flow = new FluidFlow(id, links, bits);
        _flows.Add(flow);
        return flow;
    }

    /// <summary>
    /// Takes the finished flows out, in the order they started. A flow also counts as finished when what
    /// it has left would take less time than the clock can resolve at this hour of the run: the clock
    /// could never move on to its end, and a handful of bits is well inside the model's precision.
    /// </summary>
    public List<FluidFlow> TakeFinished()
    {
        var done = _flows.Where(Done).ToList();
        _flows.RemoveAll(Done);
        return done;
    }

    private bool Done(FluidFlow f) => f.Finished || _time + f.BitsLeft / f.Rate <= _time;

    /// <summary>Shares the links among the flows under way; returns the links whose load changed.</summary>
    public List<int> Share()
    {
        var rates = MaxMinFairShare.Rates(_capacities, _flows.Select(f => (IReadOnlyList<int>)f.Links).ToList());
        var rate = new double[_capacities.Length];
        var flows = new int[_capacities.Length];
        for (var i = 0; i < _flows.Count; i++)
        {
            _flows[i].Rate = rates[i];
            foreach (var l in _flows[i].Links.Distinct())
            {
                rate[l] += rates[i];
                flows[l]++;
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
        foreach (var f in _flows)
        {
            next = Math.Min(next, _time + f.BitsLeft / f.Rate);
        }
        return next;
    }
}
