namespace CenterSim.Policies.Placement;

/// <summary>
/// Random: a uniformly chosen server among those with room for the gang; a gang larger than a server
/// takes whole free servers drawn uniformly at random, then partly free ones drawn the same way. A
/// baseline that ignores topology.
/// </summary>
public sealed class RandomPlacement : IPlacementPolicy, ISeededPolicy
{
    private readonly Func<int, int> _below;
    private readonly List<ChipGrant> _drawn = new();
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
        _drawn.Clear();
        var left = Take(cluster, whole: true, chips);
        left = Take(cluster, whole: false, left);
        cluster.PutBackDrawn();
        grants = left == 0 ? _drawn.ToArray() : Array.Empty<ChipGrant>();
        return left == 0;
    }

    /// <summary>Draws wholly (or partly) free servers until <paramref name="left"/> chips are found or none is left; returns the chips still wanted.</summary>
    private int Take(ClusterBook cluster, bool whole, int left)
    {
        while (left > 0)
        {
            var s = cluster.Draw(whole, _below);
            if (s < 0)
            {
                break;
            }
            var take = Math.Min(cluster.Free(s), left);
            _drawn.Add(new ChipGrant(s, take));
            left -= take;
        }
        return left;
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
