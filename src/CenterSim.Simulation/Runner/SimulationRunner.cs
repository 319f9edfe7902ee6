using Akka.Actor;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Engine;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// Runs one replication on the calling thread: builds the run's actors on a dispatcher of its own,
/// waits until all have started, then delivers calendar events one at a time, letting the actors
/// finish all they say to each other before the clock moves again.
/// </summary>
public static class SimulationRunner
{
    public static RunResult Run(ScenarioSpec spec, int replication)
    {
        var executor = new RunExecutor();
        executor.BindToCurrentThread();
        var dispatcher = EngineHost.RegisterRunDispatcher(executor);
        var clock = new SimClock();
        var run = new RunContext(spec, replication, clock);
        var system = EngineHost.System;
        var root = system.ActorOf(Props.Create(typeof(RunActor), run, dispatcher).WithDispatcher(dispatcher).WithMailbox(EngineHost.MailboxId), dispatcher);
        try
        {
            WaitUntilStarted(run, executor);
            var horizon = spec.Stop.DurationSeconds ?? double.PositiveInfinity;
            while (!run.Done && run.Failure is null && clock.TryNext(horizon, out var e))
            {
                e.Target.Tell(e.Message, ActorRefs.NoSender);
                executor.Drain();
            }
            if (run.Failure is null)
            {
                run.Directory.Metrics.Tell(MetricsProtocol.Finish.Instance, ActorRefs.NoSender);
                executor.Drain();
            }
        }
        finally
        {
            system.Stop(root);
            executor.Drain();
        }
        if (run.Failure is { } failure)
        {
            throw new SimulationException($"replication {replication} failed at t={clock.Now} s: {failure.Message}", failure);
        }
        return run.Result ?? throw new SimulationException($"replication {replication} ended without a result", null);
    }

    /// <summary>
    /// Akka starts a top-level actor asynchronously, so the first mailbox runs may be queued from one
    /// of its own threads. Drain until every actor of the run has started; only then may the clock
    /// move, so the run itself is on one thread and deterministic. This wait is the one place that
    /// looks at real time, and only to give up on a broken start.
    /// </summary>
    private static void WaitUntilStarted(RunContext run, RunExecutor executor)
    {
        var expected = run.ActorsExpected;
        var spins = 0;
        while (true)
        {
            executor.Drain();
            if (run.ActorsStarted >= expected || run.Failure is not null)
            {
                return;
            }
            if (++spins > 60_000)
            {
                throw new SimulationException($"only {run.ActorsStarted} of {expected} actors started", null);
            }
            Thread.Sleep(spins < 100 ? 0 : 1);
        }
    }
}
