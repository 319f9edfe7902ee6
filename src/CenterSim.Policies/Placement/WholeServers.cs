namespace CenterSim.Policies.Placement;

/// <summary>Helpers shared by the gang placement policies: a gang larger than a server takes whole free servers.</summary>
public static class WholeServers
{
    /// <summary>
    /// Whole free servers in index order, then partly free servers with the fewest free chips first
    /// (lowest index on ties), until the gang is placed; no grants when it does not fit. The grants are
    /// gathered in <paramref name="list"/>, the caller's buffer (cleared first), so a placement allocates only its result.
    /// </summary>
    public static bool TakeFullestLast(int chips, ClusterBook cluster, List<ChipGrant> list, out ChipGrant[] grants)
    {
        list.Clear();
        var left = chips;
        var perServer = cluster.ChipsPerServer;
        foreach (var s in cluster.WithFree(perServer))
        {
            if (left == 0)
            {
                break;
            }
            var take = Math.Min(perServer, left);
            list.Add(new ChipGrant(s, take));
            left -= take;
        }
        for (var k = 1; k < perServer && left > 0; k++)
        {
            foreach (var s in cluster.WithFree(k))
            {
                if (left == 0)
                {
                    break;
                }
                var take = Math.Min(k, left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        grants = left == 0 ? list.ToArray() : Array.Empty<ChipGrant>();
        return left == 0;
    }
}
