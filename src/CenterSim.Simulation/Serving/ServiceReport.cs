using Akka.Actor;
using CenterSim.Model.Results;
using CenterSim.Model.Units;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// A service's metrics over the measurement window, put in the run's serving metrics when the window
/// closes. The first service also reports what sharing chips cost training: the scheduler's counters at
/// the window's edges, asked for by message.
/// </summary>
public sealed class ServiceReport(RunContext run, string prefix, bool reportsSharing)
{
    private double _openTime;
    private double _openReplicaSeconds;
    private double _openKwh;
    private double _openYuan;
    private double _openFixed;
    private ServingProtocol.SharingCounters? _atOpen;
    private double _closeTime;

    public void Open(ServiceChipMeter chips, IActorRef scheduler, IActorRef self)
    {
        _openTime = run.Clock.Now;
        _openReplicaSeconds = chips.ReplicaSeconds;
        _openKwh = chips.Kwh;
        _openYuan = chips.CostYuan;
        _openFixed = chips.FixedCostYuan;
        if (reportsSharing)
        {
            scheduler.Tell(ServingProtocol.CountersRequest.Instance, self);
        }
    }

    public void Close(ServiceMeters meters, ServiceChipMeter chips, IActorRef scheduler, IActorRef self)
    {
        _closeTime = run.Clock.Now;
        var seconds = _closeTime - _openTime;
        var metrics = meters.Metrics(seconds, chips.ReplicaSeconds - _openReplicaSeconds, chips.Kwh - _openKwh, chips.CostYuan - _openYuan,
            chips.FixedCostYuan - _openFixed);
        run.ServingMetrics.AddRange(metrics.Select(m => m with { Name = prefix + m.Name }));
        if (reportsSharing)
        {
            scheduler.Tell(ServingProtocol.CountersRequest.Instance, self);
        }
    }

    /// <summary>The scheduler's answer: the first is the window's start, the second its end.</summary>
    public void Counters(ServingProtocol.SharingCounters counters)
    {
        if (_atOpen is null)
        {
            _atOpen = counters;
            return;
        }
        var a = _atOpen;
        var seconds = _closeTime - _openTime;
        run.ServingMetrics.AddRange(new Metric[]
        {
            new("serving_training_jobs_preempted", counters.PreemptedJobs - a.PreemptedJobs),
            new("serving_training_lost_chip_hours", (counters.LostChipSeconds - a.LostChipSeconds) / SimTime.Hour),
            new("serving_chips_lent_to_training", (counters.LentChipSeconds - a.LentChipSeconds) / seconds),
            new("serving_chip_hours", (counters.ServingChipSeconds - a.ServingChipSeconds) / SimTime.Hour),
            new("serving_training_held_back_hours", (counters.BlockedSeconds - a.BlockedSeconds) / SimTime.Hour),
        });
    }
}
