namespace CenterSim.Model.Network;

/// <summary>
/// The wide-area network as directed links (link k of the scenario is k·2 from its first region to its
/// second and k·2+1 back) and the route between every pair of regions: least total latency, then
/// fewest links, then the lowest link indices, so routes never depend on anything but the scenario.
/// </summary>
public sealed class WanRoutes
{
    private readonly WanRoute?[,] _routes;

    public WanRoutes(NetworkSpec network)
    {
        Regions = network.Regions;
        var index = Regions.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var links = network.Links;
        CapacitiesBitsPerSecond = new double[links.Count * 2];
        LinkNames = new string[links.Count * 2];
        var from = new int[links.Count * 2];
        var to = new int[links.Count * 2];
        var latency = new double[links.Count * 2];
        var price = new double[links.Count * 2];
        for (var k = 0; k < links.Count; k++)
        {
            var l = links[k];
            for (var d = 0; d < 2; d++)
            {
                var id = 2 * k + d;
                from[id] = index[d == 0 ? l.From : l.To];
                to[id] = index[d == 0 ? l.To : l.From];
                CapacitiesBitsPerSecond[id] = l.Gbps * 1e9;
                latency[id] = l.LatencyMs / 1000.0;
                price[id] = l.YuanPerGb;
                LinkNames[id] = $"{Regions[from[id]]}>{Regions[to[id]]}";
            }
        }
        _routes = new WanRoute?[Regions.Count, Regions.Count];
        for (var s = 0; s < Regions.Count; s++)
        {
            ShortestFrom(s, from, to, latency, price);
        }
    }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>Capacity of each directed link in bits per second.</summary>
    public double[] CapacitiesBitsPerSecond { get; }

    /// <summary>"from>to" for each directed link.</summary>
    public string[] LinkNames { get; }

    public int RegionIndex(string region)
    {
        for (var i = 0; i < Regions.Count; i++)
        {
            if (Regions[i] == region)
            {
                return i;
            }
        }
        throw new ArgumentException($"no center is in region '{region}'");
    }

    /// <summary>The route from one region to another, or null when the network does not join them.</summary>
    public WanRoute? Between(int fromRegion, int toRegion) => _routes[fromRegion, toRegion];

    /// <summary>Dijkstra on (latency, hops); the regions are few, so a linear scan for the next node is enough.</summary>
    private void ShortestFrom(int source, int[] from, int[] to, double[] latency, double[] price)
    {
        var n = Regions.Count;
        var best = new (double Latency, int Hops)[n];
        var via = new int[n];
        var done = new bool[n];
        Array.Fill(best, (double.PositiveInfinity, int.MaxValue));
        Array.Fill(via, -1);
        best[source] = (0, 0);
        for (var round = 0; round < n; round++)
        {
            var u = -1;
            for (var v = 0; v < n; v++)
            {
                if (!done[v] && !double.IsPositiveInfinity(best[v].Latency) && (u < 0 || Less(best[v], best[u])))
                {
                    u = v;
                }
            }
            if (u < 0)
            {
                break;
            }
            done[u] = true;
            for (var id = 0; id < from.Length; id++)
            {
                if (from[id] != u || done[to[id]])
                {
                    continue;
                }
                var candidate = (best[u].Latency + latency[id], best[u].Hops + 1);
                if (Less(candidate, best[to[id]]))
                {
                    best[to[id]] = candidate;
                    via[to[id]] = id;
                }
            }
        }
        for (var target = 0; target < n; target++)
        {
            if (target == source)
            {
                _routes[source, target] = WanRoute.Local;
                continue;
            }
            if (via[target] < 0)
            {
                continue;
            }
            var path = new List<int>();
            for (var v = target; v != source; v = from[via[v]])
            {
                path.Add(via[v]);
            }
            path.Reverse();
            _routes[source, target] = new WanRoute(path.ToArray(), path.Sum(l => latency[l]), path.Sum(l => price[l]));
        }
    }

    private static bool Less((double Latency, int Hops) a, (double Latency, int Hops) b) =>
        a.Latency < b.Latency || (a.Latency == b.Latency && a.Hops < b.Hops);
}
