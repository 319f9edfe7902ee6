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
            var s = cluster.FirstWithAtLeast(chips);
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
        var whole = cluster.ChipsPerServer;
        for (var s = cluster.NextWithFree(whole, 0); left > 0 && s >= 0; s = cluster.NextWithFree(whole, s + 1))
        {
            var take = Math.Min(whole, left);
            list.Add(new ChipGrant(s, take));
            left -= take;
        }
        for (var s = cluster.NextPartlyFree(0); left > 0 && s >= 0; s = cluster.NextPartlyFree(s + 1))
        {
            var take = Math.Min(cluster.Free(s), left);
            list.Add(new ChipGrant(s, take));
            left -= take;
        }
        grants = list.ToArray();
        return left == 0;
    }
}
