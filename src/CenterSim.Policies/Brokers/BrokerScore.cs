namespace CenterSim.Policies.Brokers;

/// <summary>
/// The option with the lowest score. A tie goes to the sooner expected start (so equal prices spread
/// work instead of piling it on one center), then to the earliest center.
/// </summary>
public static class BrokerScore
{
    public static int Lowest(IReadOnlyList<CenterOption> options, Func<CenterOption, double> score)
    {
        var best = 0;
        var bestScore = score(options[0]);
        for (var i = 1; i < options.Count; i++)
        {
            var s = score(options[i]);
            if (s < bestScore || (s == bestScore && options[i].DelaySeconds < options[best].DelaySeconds))
            {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }
}
