using CenterSim.Model.Workload;

namespace CenterSim.Simulation.Random;

/// <summary>Draws from a <see cref="DistributionSpec"/> with a given stream.</summary>
public static class Sampler
{
    public static double Draw(DistributionSpec spec, RandomStream rng) => spec switch
    {
        FixedDistribution f => f.Value,
        ExponentialDistribution e => rng.Exponential(e.MeanValue),
        LogNormalDistribution l => rng.LogNormal(l.Mu, l.Sigma),
        EmpiricalDistribution d => d.Values[rng.NextInt(d.Values.Count)],
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.GetType().Name),
    };

    /// <summary>Picks an index by weight; with one choice it draws nothing, so streams stay aligned.</summary>
    public static int Choose(IReadOnlyList<double> weights, double totalWeight, RandomStream rng)
    {
        if (weights.Count == 1)
        {
            return 0;
        }
        var u = rng.NextDouble() * totalWeight;
        for (var i = 0; i < weights.Count - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }
}
