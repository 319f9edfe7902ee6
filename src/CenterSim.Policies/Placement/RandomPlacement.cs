namespace CenterSim.Policies.Placement;

/// <summary>
/// Random: a uniformly chosen server among those with room for the gang; a gang larger than a server
/// takes whole free servers in a random order, then partly free ones. A baseline that ignores topology.
/// </summary>
public sealed class RandomPlacement : IPlacementPolicy, ISeededPolicy
{
    private ulong _state = 0x9E3779B97F4A7C15UL;

    public void Seed(ulong seed) => _state = seed | 1;

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        var fits = 0;
        for (var s = 0; s < cluster.ServerCount; s++)
        {
            if (cluster.Free(s) >= chips)
            {
                fits++;
            }
        }
        if (fits > 0)
        {
            var pick = (int)(Next() % (ulong)fits);
            for (var s = 0; s < cluster.ServerCount; s++)
            {
                if (cluster.Free(s) >= chips && pick-- == 0)
                {
                    grants = new[] { new ChipGrant(s, chips) };
                    return true;
                }
            }
        }
        var order = Enumerable.Range(0, cluster.ServerCount).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return WholeServers.Take(chips, cluster, order, out grants);
    }

    /// <summary>SplitMix64: enough for choosing servers, and its sequence is fixed by this code.</summary>
    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
