namespace CenterSim.Policies.Placement;

/// <summary>Helpers shared by the gang placement policies: a gang larger than a server takes whole free servers.</summary>
public static class WholeServers
{
    /// <summary>Fills <paramref name="order"/>'s servers in turn, taking whole free servers first, then partly free ones.</summary>
    public static bool Take(int chips, ClusterBook cluster, IReadOnlyList<int> order, out ChipGrant[] grants)
    {
        var list = new List<ChipGrant>();
        var left = chips;
        foreach (var s in order)
        {
            if (left == 0)
            {
                break;
            }
            var free = cluster.Free(s);
            if (free > 0 && free == cluster.Capacity(s))
            {
                var take = Math.Min(free, left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        foreach (var s in order)
        {
            if (left == 0)
            {
                break;
            }
            var free = cluster.Free(s);
            if (free > 0 && free < cluster.Capacity(s))
            {
                var take = Math.Min(free, left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        grants = left == 0 ? list.ToArray() : Array.Empty<ChipGrant>();
        return left == 0;
    }
}
