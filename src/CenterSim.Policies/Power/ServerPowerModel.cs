using CenterSim.Model.Infrastructure;

namespace CenterSim.Policies.Power;

/// <summary>
/// Server power from chip utilization u in [0, 1]: linear from idle to peak, or piecewise linear through
/// a measured table's (0, idle), (0.5, median), (0.9, p90), (1, peak). Both rise with u, which capping needs.
/// </summary>
public sealed class ServerPowerModel
{
    private readonly double[] _u;
    private readonly double[] _w;

    private ServerPowerModel(double[] u, double[] w)
    {
        _u = u;
        _w = w;
    }

    public static ServerPowerModel Linear(double idleW, double peakW) => new(new[] { 0.0, 1.0 }, new[] { idleW, peakW });

    public static ServerPowerModel FromTable(PowerTableSpec t) =>
        new(new[] { 0.0, 0.5, 0.9, 1.0 }, new[] { t.IdleW, t.MedianW, t.P90W, t.PeakW });

    public double IdleW => _w[0];

    public double PeakW => _w[^1];

    public double Watts(double utilization)
    {
        var u = Math.Clamp(utilization, 0, 1);
        for (var i = 1; i < _u.Length; i++)
        {
            if (u <= _u[i])
            {
                return _w[i - 1] + (_w[i] - _w[i - 1]) * (u - _u[i - 1]) / (_u[i] - _u[i - 1]);
            }
        }
        return _w[^1];
    }
}
