using Akka.Actor;
using CenterSim.Model.Workload;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// A tenant whose jobs come from a trace: it submits each at its recorded time, in order, keeping one
/// arrival at a time in the calendar. It draws nothing at random, so every replication replays the
/// same jobs.
/// </summary>
public sealed class TraceTenantActor : SimActor
{
    private readonly TenantInfo _info;
    private readonly IReadOnlyList<TraceJobSpec> _jobs;
    private int _next;
    private bool _stopped;

    public TraceTenantActor(RunContext run, TenantInfo info, IReadOnlyList<TraceJobSpec> jobs)
        : base(run)
    {
        _info = info;
        _jobs = jobs;
    }

    protected override void OnStart() => ScheduleNext();

    protected override void OnReceive(object message)
    {
        switch (message)
        {
            case TenantProtocol.NextArrival:
                if (_stopped)
                {
                    return;
                }
                var job = _jobs[_next++];
                Run.Directory.Market.Tell(new MarketProtocol.Submit(new Job(_info, job.Chips, job.ChipHours, Now)));
                ScheduleNext();
                break;
            case TenantProtocol.StopArrivals:
                _stopped = true;
                break;
            default:
                Unhandled(message);
                break;
        }
    }

    private void ScheduleNext()
    {
        if (_next < _jobs.Count)
        {
            Clock.At(Math.Max(Now, _jobs[_next].SubmitSeconds), this, TenantProtocol.NextArrival.Instance);
        }
    }
}
