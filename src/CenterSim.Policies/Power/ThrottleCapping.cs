namespace CenterSim.Policies.Power;

/// <summary>
/// Proportional throttling: the largest factor f in [0, 1] such that the servers of a capped domain,
/// each running its busy chips at f of full speed, draw no more than the cap. Chips slowed to f draw
/// the power of utilization f·busy/chips (dynamic power scales with speed, a first-order DVFS model)
/// and do f of the work. Power rises with f, so bisection finds f; the lower end is returned, so the
/// cap always holds.
/// </summary>
public static class ThrottleCapping
{
    /// <param name="model">server power model</param>
    /// <param name="busyShare">busy chips / chips of each server in the domain (0 for idle ones)</param>
    /// <param name="capW">the cap in watts</param>
    public static double Factor(ServerPowerModel model, IReadOnlyList<double> busyShare, double capW)
    {
        if (Draw(model, busyShare, 1) <= capW)
        {
            return 1;
        }
        if (Draw(model, busyShare, 0) > capW)
        {
            return 0;
        }
        double lo = 0, hi = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (Draw(model, busyShare, mid) <= capW)
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

    public static double Draw(ServerPowerModel model, IReadOnlyList<double> busyShare, double factor)
    {
        double w = 0;
        foreach (var u in busyShare)
        {
            w += model.Watts(u * factor);
        }
        return w;
    }
}
