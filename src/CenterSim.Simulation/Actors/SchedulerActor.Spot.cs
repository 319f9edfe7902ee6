using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Simulation.Jobs;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// The scheduler's part in spot pricing: on-demand jobs go before spot jobs. Around every scheduling
/// pass the first waiting on-demand job starts at once if its gang fits, or after running spot jobs
/// chosen by <see cref="SpotPreemption"/> are preempted to make room. A preempted job goes back to the
/// queue in its arrival place and later restarts from its last checkpoint (with a failure model) or
/// from scratch; the work it loses is counted. Without spot pricing none of this runs.
/// </summary>
public sealed partial class SchedulerActor
{
    private const string SpotPricingName = "spot";

    private readonly bool _spot;
    private readonly List<(double StartTime, ChipGrant[] Grants)> _spotGrants = new();
    private readonly List<Job> _spotJobs = new();
    private readonly List<int> _victims = new();

    private void StartOnDemandBeforeSpot()
    {
        while (true)
        {
            var index = _queue.FindIndex(static j => !j.Spot);
            if (index < 0)
            {
                return;
            }
            var job = _queue[index];
            _spotGrants.Clear();
            _spotJobs.Clear();
            foreach (var running in _running)
            {
                if (running.Spot)
                {
                    _spotGrants.Add((running.LastStartTime, running.Grants));
                    _spotJobs.Add(running);
                }
            }
            if (!SpotPreemption.TryChoose(job.Chips, _book, _context.Placement, _spotGrants, _victims, _context.Admit, out var grants))
            {
                return;
            }
            foreach (var v in _victims)
            {
                Preempt(_spotJobs[v]);
            }
            _queue.Remove(job);
            _book.Reserve(grants);
            Start(job, grants);
        }
    }

    /// <summary>Takes a spot job off its chips and puts it back in the queue in its arrival place.</summary>
    private void Preempt(Job job)
    {
        double done;
        if (_infra is { TracksWork: true })
        {
            Progress(job);
            done = job.RuntimeSeconds - job.WorkLeft;
        }
        else
        {
            done = Math.Max(0, Now - job.LastStartTime);
        }
        var saved = 0.0;
        if (_infra?.Failures is { } failures)
        {
            var interval = failures.CheckpointIntervalSeconds;
            saved = Math.Min(done, Math.Floor(done / interval + 1e-9) * interval);
        }
        job.PreemptedChipSeconds += (done - saved) * job.Chips;
        if (_infra is { TracksWork: true })
        {
            job.WorkLeft = job.RuntimeSeconds - saved;
        }
        Stop(job);
        job.Speed = 1;
        job.Version++;
        job.Preemptions++;
        job.Grants = Array.Empty<ChipGrant>();
        var at = _queue.FindIndex(q => q.Id > job.Id);
        _queue.Insert(at < 0 ? _queue.Count : at, job);
    }
}
