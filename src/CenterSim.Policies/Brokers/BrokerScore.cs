namespace CenterSim.Policies.Brokers;

/// <summary>The option with the lowest score; the earliest wins a tie.</summary>
public static class BrokerScore
{
    public static int Lowest(IReadOnlyList<CenterOption> options, Func<CenterOption, double> score)
    {
        var best = 0;
        var bestScore = score(options[0]);
        for (var i = 1; i < options.Count; i++)
        {
            var s = score(options[i]);
            if (s < bestScore)
            {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }
}
