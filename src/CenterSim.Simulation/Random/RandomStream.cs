using CenterSim.Model.Randomness;

namespace CenterSim.Simulation.Random;

/// <summary>
/// One actor's random stream: xoshiro256** seeded through SplitMix64 (see
/// <see cref="Xoshiro256StarStar"/>), with the draws the model needs. Each actor owns one stream.
/// </summary>
public sealed class RandomStream
{
    private Xoshiro256StarStar _generator;

    public RandomStream(ulong seed) => _generator = Xoshiro256StarStar.FromSeed(seed);

    /// <summary>The stream of one named actor in one replication of a seeded study.</summary>
    public static RandomStream For(ulong seed, int replication, string name)
    {
        var x = seed ^ 0x9E3779B97F4A7C15UL * (ulong)(replication + 1);
        var mixed = Xoshiro256StarStar.SplitMix64(ref x) ^ StableHash(name);
        return new RandomStream(mixed);
    }

    public ulong NextUInt64() => _generator.Next();

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)((NextUInt64() >> 33) * (ulong)n >> 31);

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Standard normal by Box–Muller (one value per call; the pair's twin is discarded for simplicity).</summary>
    public double StandardNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double mu, double sigma) => Math.Exp(mu + sigma * StandardNormal());

    /// <summary>FNV-1a, 64 bit: stable across processes, unlike string.GetHashCode.</summary>
    public static ulong StableHash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in text)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return h;
    }


}
