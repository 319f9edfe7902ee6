namespace CenterSim.Policies.Placement;

/// <summary>
/// First fit: the lowest-numbered server with room for the whole gang; a gang larger than a server
/// takes whole free servers in index order, then the remainder from partly free servers in index order.
/// </summary>
public sealed class FirstFitPlacement : IPlacementPolicy
{
    /// <summary>The buffer a spread gang's grants are gathered in, kept so a placement allocates only its result.</summary>
    private readonly List<ChipGrant> _list = new();

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        if (chips <= cluster.ChipsPerServer)
        {
            var s = cluster.NthWithAtLeast(chips, 0);
            if (s >= 0)
            {
                grants = new[] { new ChipGrant(s, chips) };
                return true;
            }
        }
        return TrySpread(chips, cluster, out grants);
    }

    private bool TrySpread(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        var list = _list;
        list.Clear();
        var left = chips;
        foreach (var s in cluster.WithFree(cluster.ChipsPerServer))
        {
            if (left == 0)
            {
                break;
            }
            var take = Math.Min(cluster.ChipsPerServer, left);
            list.Add(new ChipGrant(s, take));
            left -= take;
        }
        for (var k = 0; left > 0 && k < cluster.CountPartlyFree; k++)
        {
            var s = cluster.NthPartlyFree(k);
            var take = Math.Min(cluster.Free(s), left);
            list.Add(new ChipGrant(s, take));
            left -= take;
        }
        grants = list.ToArray();
        return left == 0;
    }
}
