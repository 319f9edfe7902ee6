namespace CenterSim.Policies.Power;

/// <summary>
/// Proportional throttling: the largest factor f in [0, 1] such that the servers of a capped domain,
/// each running its busy chips at f of full speed, draw no more than the cap. Chips slowed to f draw
/// the power of utilization f^k·busy/chips and do f of the work: dynamic power falls as speed to the
/// power k (<c>throttle_power_exponent</c>; 3 for the first-order CMOS model, 1 for power linear in speed). Power rises with f, so bisection finds f; the lower end is returned, so the
/// cap always holds.
/// </summary>
public static class ThrottleCapping
{
    /// <param name="model">each server's power model, in the order of <paramref name="busyShare"/></param>
    /// <param name="busyShare">busy chips / chips of each server in the domain (0 for idle ones)</param>
    /// <param name="capW">the cap in watts</param>
    /// <param name="exponent">k: dynamic power at speed f is f^k of full</param>
    public static double Factor(IReadOnlyList<ServerPowerModel> model, IReadOnlyList<double> busyShare, double capW, double exponent)
    {
        if (Draw(model, busyShare, 1, exponent) <= capW)
        {
            return 1;
        }
        if (Draw(model, busyShare, 0, exponent) > capW)
        {
            return 0;
        }
        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (Draw(model, busyShare, mid, exponent) <= capW)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>What servers draw with their busy chips at speed <paramref name="factor"/> (model i for server i).</summary>
    public static double Draw(IReadOnlyList<ServerPowerModel> model, IReadOnlyList<double> busyShare, double factor, double exponent)
    {
        var scaled = Math.Pow(factor, exponent);
        double w = 0;
        for (var i = 0; i < busyShare.Count; i++)
        {
            w += model[i].Watts(busyShare[i] * scaled);
        }
        return w;
    }
}
