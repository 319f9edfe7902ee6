using Akka.Actor;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Market;

/// <summary>
/// Numbers a center's arrivals and applies the stop rule's measurement window: in a job-count run the
/// window opens at the first measured arrival and arrivals stop after the last; in a fixed-length run a
/// job is measured when it arrives after the warm-up.
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
        _jobMode = stop.IsJobCount;
        _warmupJobs = stop.WarmupJobs;
        _lastMeasured = stop.WarmupJobs + (stop.Jobs ?? 0) - 1;
    }

    /// <summary>The job numbered (unless the broker numbered it already) and marked measured or not.</summary>
    public Job Arrive(Job job)
    {
        if (job.Id >= 0)
        {
            return job; // a network run's broker numbers arrivals
        }
        var id = _arrivals++;
        if (!_jobMode)
        {
            return job with { Id = id, Measured = job.SubmitTime >= _run.Spec.Stop.WarmupSeconds };
        }
        if (id == _warmupJobs)
        {
            _run.Directory.Metrics.Tell(MetricsProtocol.WindowOpen.Instance);
        }
        return job with { Id = id, Measured = id >= _warmupJobs && id <= _lastMeasured };
    }

    /// <summary>After the last measured arrival of a job-count run, the window closes and tenants stop.</summary>
    public void AfterArrival(Job job)
    {
        if (_jobMode && job.Id == _lastMeasured)
        {
            _run.Directory.Metrics.Tell(MetricsProtocol.WindowClose.Instance);
            foreach (var t in _run.Directory.Tenants)
            {
                t.Tell(TenantProtocol.StopArrivals.Instance);
            }
        }
    }
}
