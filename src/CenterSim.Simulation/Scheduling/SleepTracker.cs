using CenterSim.Model.Infrastructure;
using CenterSim.Policies.Placement;

namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// Since when each server has been empty, to know which are asleep under sleep-after-idle power
/// management: a server empty for the idle timeout is asleep and needs the transition time to wake.
/// Servers are numbered across the center.
/// </summary>
public sealed class SleepTracker
{
    private readonly PowerManagementSpec _management;
    private readonly double[] _emptySince;

    public SleepTracker(PowerManagementSpec management, int servers)
    {
        _management = management;
        _emptySince = new double[servers];
    }

    /// <summary>Seconds until the granted servers (numbered from <paramref name="firstServer"/>) are all awake; they are busy from now on.</summary>
    public double WakeSeconds(ChipGrant[] grants, int firstServer, double now)
    {
        if (!_management.Sleeps)
        {
            return 0;
        }
        var wake = 0.0;
        foreach (var g in grants)
        {
            var s = firstServer + g.Server;
            if (_emptySince[s] >= 0 && now - _emptySince[s] >= _management.IdleTimeoutSeconds)
            {
                wake = _management.TransitionSeconds;
            }
            _emptySince[s] = -1;
        }
        return wake;
    }

    /// <summary>A server left empty starts its idle clock (servers are idle since time 0 at first).</summary>
    public void MarkEmpty(int server, double now) => _emptySince[server] = now;
}
