using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market;

/// <summary>
/// Numbers a center's arrivals (or, on a network's root context, the network's) and applies the stop
/// rule's measurement window: in a job-count run the window opens at the first measured arrival and
/// arrivals stop after the last (in a network, at every center and for every tenant at once); in a
/// fixed-length run a job is measured when it arrives after the warm-up.
/// </summary>
public sealed class ArrivalWindow
{
    private readonly RunContext _run;
    private readonly bool _jobMode;
    private readonly long _warmupJobs;
    private readonly long _lastMeasured;
    private long _arrivals;

    public ArrivalWindow(RunContext run)
    {
        _run = run;
        var stop = run.Spec.Stop;
        // A network's centers take their jobs numbered: the window is the network's (its root's) alone.
        _jobMode = stop.IsJobCount && run.CenterIndex < 0;
        _warmupJobs = stop.WarmupJobs;
        _lastMeasured = stop.WarmupJobs + (stop.Jobs ?? 0) - 1;
    }

    /// <summary>The job numbered (unless the broker numbered it already) and marked measured or not.</summary>
    public Job Arrive(Job job)
    {
        if (job.Id >= 0)
        {
            return job; // numbered already (a network's market or broker numbers before the center sees the job)
        }
        var (id, measured) = Number(job);
        return job with { Id = id, Measured = measured };
    }

    /// <summary>
    /// The number and measurement mark of a job not numbered yet, for a caller that copies the job with
    /// them and more in one go (see <see cref="Arrive"/>): the job arrives when this is called.
    /// </summary>
    public (long Id, bool Measured) Number(Job job)
    {
        if (job.Id >= 0)
        {
            throw new InvalidOperationException($"job {job.Id} is numbered already");
        }
        var id = _arrivals++;
        if (!_jobMode)
        {
            return (id, job.SubmitTime >= _run.Spec.Stop.WarmupSeconds);
        }
        if (id == _warmupJobs)
        {
            foreach (var meter in Meters)
            {
                meter.Tell(MetricsProtocol.WindowOpen.Instance);
            }
        }
        return (id, id >= _warmupJobs && id <= _lastMeasured);
    }

    /// <summary>The meters whose window this is: the center's, or in a network (the root's window) every center's.</summary>
    private IEnumerable<Akka.Actor.IActorRef> Meters =>
        _run.Centers.Count == 0 ? new[] { _run.Directory.Metrics } : _run.Centers.Select(c => c.Directory.Metrics);

    /// <summary>After the last measured arrival of a job-count run, the window closes and tenants stop.</summary>
    public void AfterArrival(Job job)
    {
        if (_jobMode && job.Id == _lastMeasured)
        {
            foreach (var meter in Meters)
            {
                meter.Tell(MetricsProtocol.WindowClose.Instance);
            }
            foreach (var t in _run.Directory.Tenants)
            {
                t.Tell(TenantProtocol.StopArrivals.Instance);
            }
        }
    }
}
