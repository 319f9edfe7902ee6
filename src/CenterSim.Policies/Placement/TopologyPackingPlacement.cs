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
    /// <summary>Buffers a placement gathers its grants and racks in, kept so a placement allocates only its result.</summary>
    private readonly List<ChipGrant> _list = new();
    private readonly List<int> _usedRacks = new();

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        var perServer = cluster.ChipsPerServer;
        if (chips <= perServer)
        {
            var single = cluster.FullestWithAtLeast(chips);
            if (single >= 0)
            {
                grants = new[] { new ChipGrant(single, chips) };
                return true;
            }
        }
        var needWhole = chips / perServer;
        var remainder = chips % perServer;
        if (needWhole > cluster.CountWithFree(perServer))
        {
            // Not enough whole servers: fall back to filling partly free servers too.
            return WholeServers.TakeFullestLast(chips, cluster, _list, out grants);
        }
        var list = _list;
        var usedRacks = _usedRacks;
        list.Clear();
        usedRacks.Clear();
        var left = needWhole;
        foreach (var r in RackOrder(cluster, needWhole))
        {
            if (left == 0)
            {
                break;
            }
            usedRacks.Add(r);
            foreach (var s in cluster.WholeInRack(r))
            {
                if (left == 0)
                {
                    break;
                }
                list.Add(new ChipGrant(s, perServer));
                left--;
            }
        }
        if (remainder > 0)
        {
            var best = Remainder(cluster, remainder, usedRacks, list);
            if (best < 0)
            {
                return WholeServers.TakeFullestLast(chips, cluster, _list, out grants);
            }
            list.Add(new ChipGrant(best, remainder));
        }
        grants = list.ToArray();
        return true;
    }

    /// <summary>
    /// A rack that holds all the whole servers still needed wins over a fuller rack (the tightest such rack
    /// first); then the racks with the most whole servers. Index breaks ties.
    /// </summary>
    private static IEnumerable<int> RackOrder(ClusterBook cluster, int needWhole)
    {
        var most = cluster.MostWholeInARack;
        if (most == 0)
        {
            yield break;
        }
        if (most >= needWhole)
        {
            for (var w = needWhole; w <= most; w++)
            {
                foreach (var rack in cluster.RacksWithWhole(w))
                {
                    yield return rack;
                }
            }
        }
        for (var w = Math.Min(most, needWhole - 1); w >= 1; w--)
        {
            foreach (var rack in cluster.RacksWithWhole(w))
            {
                yield return rack;
            }
        }
    }

    /// <summary>The fullest server with room for the remainder in a rack the gang uses, else the fullest anywhere; −1 if none.</summary>
    private static int Remainder(ClusterBook cluster, int remainder, List<int> usedRacks, List<ChipGrant> taken)
    {
        var takenServers = taken.Select(g => g.Server).ToHashSet();
        var best = -1;
        foreach (var r in usedRacks)
        {
            for (var s = r * cluster.ServersPerRack; s < (r + 1) * cluster.ServersPerRack; s++)
            {
                var free = cluster.Free(s);
                if (free >= remainder && !takenServers.Contains(s) && (best < 0 || free < cluster.Free(best) || (free == cluster.Free(best) && s < best)))
                {
                    best = s;
                }
            }
        }
        if (best >= 0)
        {
            return best;
        }
        for (var k = remainder; k <= cluster.ChipsPerServer; k++)
        {
            foreach (var s in cluster.WithFree(k))
            {
                if (!takenServers.Contains(s))
                {
                    return s;
                }
            }
        }
        return -1;
    }
}
