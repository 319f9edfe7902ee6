using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Events;

/// <summary>
/// One replication run with its event recorder on: the clock is let go an hour at a time, and between
/// hours the money snapshot is taken, so snapshots fall in simulated-time order among the actors' events.
/// The result is the same as the unrecorded run's: the recorder only listens.
/// </summary>
public static class RecordedRun
{
    public static (RunResult Result, IReadOnlyList<SimEvent> Events) Run(ScenarioSpec spec, int replication)
    {
        using var session = new RunSession(spec, replication, record: true);
        var log = session.Context.Events!;
        var horizon = spec.Stop.DurationSeconds ?? double.PositiveInfinity;
        for (var hour = 1; ; hour++)
        {
            var t = Math.Min(hour * Model.Units.SimTime.Hour, horizon);
            session.RunUntil(t);
            if (session.Context.Done || session.Context.Clock.Pending == 0)
            {
                break;
            }
            log.Snapshot(t);
            if (t >= horizon)
            {
                break;
            }
        }
        var result = session.Complete();
        return (spec.Market is { CounterfactualNoVouchers: true, HasVouchers: true } ? Market.Counterfactual.Add(spec, result) : result, log.Events);
    }
}
