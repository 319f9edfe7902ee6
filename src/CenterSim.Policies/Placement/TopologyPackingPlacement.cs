namespace CenterSim.Policies.Placement;

/// <summary>
/// Topology packing: the fewest servers, then the fewest racks. A gang that fits one server goes to the
/// fullest server that holds it (best fit). A larger gang takes whole free servers from the racks with
/// the most whole free servers first, so it spans as few racks as possible and its ring all-reduce
/// crosses as few uplinks as possible; a remainder goes to the fullest server with room in a rack it
/// already uses, else anywhere by best fit.
/// </summary>
public sealed class TopologyPackingPlacement : IPlacementPolicy
{
    private readonly BestFitPlacement _single = new();

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        var perServer = cluster.Capacity(0);
        if (chips <= perServer && _single.TryPlace(chips, cluster, out grants))
        {
            return true;
        }
        var wholePerRack = new int[cluster.Racks];
        var wholeServers = new List<int>[cluster.Racks];
        for (var r = 0; r < cluster.Racks; r++)
        {
            wholeServers[r] = new List<int>();
        }
        for (var s = 0; s < cluster.ServerCount; s++)
        {
            if (cluster.Free(s) == cluster.Capacity(s) && cluster.Free(s) > 0)
            {
                wholePerRack[cluster.RackOf(s)]++;
                wholeServers[cluster.RackOf(s)].Add(s);
            }
        }
        var needWhole = chips / perServer;
        var remainder = chips % perServer;
        var list = new List<ChipGrant>();
        var usedRacks = new HashSet<int>();
        var left = needWhole;
        // A rack that holds all the whole servers still needed wins over a fuller rack: the tightest such rack.
        var racks = Enumerable.Range(0, cluster.Racks)
            .OrderBy(r => wholePerRack[r] >= left ? 0 : 1)
            .ThenBy(r => wholePerRack[r] >= left ? wholePerRack[r] : -wholePerRack[r])
            .ThenBy(r => r);
        foreach (var r in racks)
        {
            if (left == 0)
            {
                break;
            }
            foreach (var s in wholeServers[r])
            {
                if (left == 0)
                {
                    break;
                }
                list.Add(new ChipGrant(s, perServer));
                usedRacks.Add(r);
                left--;
            }
        }
        if (left > 0)
        {
            // Not enough whole servers: fall back to filling partly free servers too.
            return WholeServers.Take(chips, cluster, Enumerable.Range(0, cluster.ServerCount).OrderBy(cluster.Free).ThenBy(s => s).ToArray(), out grants);
        }
        if (remainder > 0)
        {
            var taken = list.Select(g => g.Server).ToHashSet();
            var best = -1;
            var bestInRack = false;
            for (var s = 0; s < cluster.ServerCount; s++)
            {
                var free = cluster.Free(s);
                if (free < remainder || taken.Contains(s))
                {
                    continue;
                }
                var inRack = usedRacks.Contains(cluster.RackOf(s));
                if (best < 0 || (inRack && !bestInRack) || (inRack == bestInRack && free < cluster.Free(best)))
                {
                    best = s;
                    bestInRack = inRack;
                }
            }
            if (best < 0)
            {
                return WholeServers.Take(chips, cluster, Enumerable.Range(0, cluster.ServerCount).OrderBy(cluster.Free).ThenBy(s => s).ToArray(), out grants);
            }
            list.Add(new ChipGrant(best, remainder));
        }
        grants = list.ToArray();
        return true;
    }
}
