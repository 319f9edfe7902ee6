namespace CenterSim.Policies.Placement;

/// <summary>
/// First fit: the lowest-numbered server with room for the whole gang; a gang larger than a server
/// takes whole free servers in index order, then the remainder first-fit.
/// </summary>
public sealed class FirstFitPlacement : IPlacementPolicy
{
    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        for (var s = 0; s < cluster.ServerCount; s++)
        {
            if (cluster.Free(s) >= chips)
            {
                grants = new[] { new ChipGrant(s, chips) };
                return true;
            }
        }
        return TrySpread(chips, cluster, out grants);
    }

    private static bool TrySpread(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        var list = new List<ChipGrant>();
        var left = chips;
        for (var s = 0; s < cluster.ServerCount && left > 0; s++)
        {
            var free = cluster.Free(s);
            if (free > 0 && free == cluster.Capacity(s))
            {
                var take = Math.Min(free, left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        for (var s = 0; s < cluster.ServerCount && left > 0; s++)
        {
            var free = cluster.Free(s);
            if (free > 0 && free < cluster.Capacity(s))
            {
                var take = Math.Min(free, left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        grants = list.ToArray();
        return left == 0;
    }
}
