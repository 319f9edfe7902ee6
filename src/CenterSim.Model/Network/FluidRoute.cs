namespace CenterSim.Model.Network;

/// <summary>
/// The flows of a <see cref="FluidTransfers"/> that cross the same links. Max-min sharing gives them one
/// rate, so the route keeps one progress counter (bits moved per flow) and its flows in order of the
/// progress at which they end: advancing, finding the next end and taking finished flows cost the
/// number of routes (and a logarithm of the flows), never the number of flows.
/// </summary>
internal sealed class FluidRoute
{
    private readonly PriorityQueue<FluidFlow, (double Finish, long Id)> _flows = new();

    public FluidRoute(int[] links) => Links = links;

    /// <summary>The distinct links, in ascending order.</summary>
    public int[] Links { get; }

    public double Progress { get; private set; }

    public double Rate { get; set; }

    public int Count => _flows.Count;

    public IEnumerable<FluidFlow> Flows => _flows.UnorderedItems.Select(x => x.Element);

    public void Add(FluidFlow flow) => _flows.Enqueue(flow, (flow.FinishProgress, flow.Id));

    /// <summary>Moves the route's flows on by <paramref name="seconds"/> at its rate; a route through no link (infinite rate) needs no counter: its flows are done at once.</summary>
    public void Advance(double seconds)
    {
        if (_flows.Count > 0 && seconds > 0 && double.IsFinite(Rate))
        {
            Progress += Rate * seconds;
        }
    }

    /// <summary>The flow that ends first, or null when the route is empty.</summary>
    public FluidFlow? First => _flows.TryPeek(out var f, out _) ? f : null;

    public FluidFlow Take()
    {
        var f = _flows.Dequeue();
        if (_flows.Count == 0)
        {
            // An empty route starts its counter again, so it only ever spans one busy period.
            Progress = 0;
        }
        return f;
    }
}
