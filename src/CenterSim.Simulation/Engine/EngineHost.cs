using Akka.Actor;
using Akka.Configuration;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The process-wide actor system that hosts every run. Each run registers its own dispatcher with it;
/// runs share nothing else. Logging is quiet: model failures surface as run failures, not log lines.
/// </summary>
public static class EngineHost
{
    private static readonly Lazy<ActorSystem> LazySystem = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static long _runCounter;

    public static ActorSystem System => LazySystem.Value;

    /// <summary>Registers a fresh dispatcher bound to <paramref name="executor"/> and returns its id.</summary>
    public static string RegisterRunDispatcher(RunExecutor executor)
    {
        var system = System;
        var id = $"centersim-run-{Interlocked.Increment(ref _runCounter)}";
        var configurator = new RunDispatcherConfigurator(
            system.Dispatchers.DefaultDispatcherConfig, system.Dispatchers.Prerequisites, id, executor);
        if (!system.Dispatchers.RegisterConfigurator(id, configurator))
        {
            throw new InvalidOperationException($"dispatcher {id} registered twice");
        }
        return id;
    }

    private static ActorSystem Create()
    {
        var config = ConfigurationFactory.ParseString("""
            akka {
              loglevel = OFF
              stdout-loglevel = OFF
              log-dead-letters = off
              log-dead-letters-during-shutdown = off
              actor.debug.unhandled = off
            }
            """);
        return ActorSystem.Create("centersim", config);
    }
}
