using CenterSim.Model.Randomness;

namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// Seeded xoshiro256** generator (state filled by SplitMix64). Trace replays use it instead of
/// <see cref="Random"/> so a seed gives the same run on every .NET version and thread count.
/// </summary>
public sealed class TraceRandom
{
    private Xoshiro256StarStar _generator;

    /// <param name="seed">run seed</param>
    /// <param name="stream">separates independent streams of one seed (e.g. pod order vs tie-breaking)</param>
    public TraceRandom(long seed, ulong stream = 0)
    {
        _generator = Xoshiro256StarStar.FromSeed(unchecked((ulong)seed ^ (stream * 0x9E3779B97F4A7C15UL)));
    }

    public ulong NextUInt64() => _generator.Next();

    /// <summary>Uniform integer in [0, n) without modulo bias (rejection on the top bits).</summary>
    public int NextInt(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "n must be positive");
        }
        var bound = (ulong)n;
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong r;
        do
        {
            r = NextUInt64();
        }
        while (r >= limit);
        return (int)(r % bound);
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
