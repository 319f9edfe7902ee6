using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;

namespace CenterSim.Policies.Capacity;

/// <summary>
/// Spot capacity: on-demand jobs go before preemptible ones. Around every scheduling pass the first
/// waiting on-demand job starts at once if its gang fits, or after running preemptible jobs chosen by
/// <see cref="SpotPreemption"/> are preempted to make room.
/// </summary>
public sealed class SpotCapacityRule : ICapacityRule
{
    private readonly List<(double StartTime, ChipGrant[] Grants)> _grants = new();
    private readonly List<IJobView> _jobs = new();
    private readonly List<int> _victims = new();

    public bool Preempts => true;

    public void AroundPass(ICapacityControl control)
    {
        while (true)
        {
            IJobView? job = null;
            foreach (var queued in control.Queue)
            {
                if (!queued.Preemptible)
                {
                    job = queued;
                    break;
                }
            }
            if (job is null)
            {
                return;
            }
            _grants.Clear();
            _jobs.Clear();
            foreach (var running in control.Running)
            {
                if (running.Preemptible)
                {
                    _grants.Add((running.LastStartTime, control.GrantsOf(running)));
                    _jobs.Add(running);
                }
            }
            if (!SpotPreemption.TryChoose(job.Chips, control.Cluster, control.Placement, _grants, _victims, control.Admit, out var grants))
            {
                return;
            }
            foreach (var v in _victims)
            {
                control.Preempt(_jobs[v]);
            }
            control.Start(job, grants);
        }
    }
}
