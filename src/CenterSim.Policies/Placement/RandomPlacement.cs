namespace CenterSim.Policies.Placement;

/// <summary>
/// Random: a uniformly chosen server among those with room for the gang; a gang larger than a server
/// takes whole free servers drawn uniformly at random, then partly free ones drawn the same way. A
/// baseline that ignores topology.
/// </summary>
public sealed class RandomPlacement : IPlacementPolicy, ISeededPolicy
{
    private readonly Func<int, int> _below;
    private ulong _state = 0x9E3779B97F4A7C15UL;

    public RandomPlacement() => _below = n => (int)(Next() % (ulong)n);

    public void Seed(ulong seed) => _state = seed | 1;

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        if (chips <= cluster.ChipsPerServer)
        {
            var fits = cluster.CountWithAtLeast(chips);
            if (fits > 0)
            {
                grants = new[] { new ChipGrant(cluster.NthWithAtLeast(chips, _below(fits)), chips) };
                return true;
            }
        }
        var list = new List<ChipGrant>();
        var left = chips;
        foreach (var whole in new[] { true, false })
        {
            while (left > 0)
            {
                var s = cluster.Draw(whole, _below);
                if (s < 0)
                {
                    break;
                }
                var take = Math.Min(cluster.Free(s), left);
                list.Add(new ChipGrant(s, take));
                left -= take;
            }
        }
        cluster.PutBackDrawn();
        grants = left == 0 ? list.ToArray() : Array.Empty<ChipGrant>();
        return left == 0;
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
