using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Configuration;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The process-wide actor system that hosts every run. A run borrows a <see cref="RunSlot"/> (its own
/// dispatcher and executor) for its lifetime and gives it back when its actors have stopped; runs share
/// nothing else. Logging is quiet: model failures surface as run failures, not log lines.
/// </summary>
public static class EngineHost
{
    private static readonly Lazy<ActorSystem> LazySystem = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentStack<RunSlot> FreeSlots = new();
    private static int _slotCount;
    private static long _rootCounter;

    public static ActorSystem System => LazySystem.Value;

    /// <summary>How many run dispatchers this process has registered: the most runs it has had at once (plus any slot retired by a broken run).</summary>
    public static int RegisteredDispatchers => Volatile.Read(ref _slotCount);

    /// <summary>A free slot, or a newly registered one when every slot is lent out.</summary>
    public static RunSlot RentSlot()
    {
        if (FreeSlots.TryPop(out var slot))
        {
            if (!slot.Executor.IsIdle)
            {
                throw new InvalidOperationException($"dispatcher {slot.DispatcherId} was returned with work queued");
            }
            return slot;
        }
        var system = System;
        var id = $"centersim-run-{Interlocked.Increment(ref _slotCount)}";
        var executor = new RunExecutor();
        var configurator = new RunDispatcherConfigurator(
            system.Dispatchers.DefaultDispatcherConfig, system.Dispatchers.Prerequisites, id, executor);
        if (!system.Dispatchers.RegisterConfigurator(id, configurator))
        {
            throw new InvalidOperationException($"dispatcher {id} registered twice");
        }
        return new RunSlot(id, executor);
    }

    /// <summary>Takes back a slot whose run has stopped every actor and left its executor empty.</summary>
    public static void ReturnSlot(RunSlot slot) => FreeSlots.Push(slot);

    /// <summary>A name for a run's root actor, never used before in this process (a stopped root's name may still be held by the guardian for a moment).</summary>
    public static string NextRootName() => $"run-{Interlocked.Increment(ref _rootCounter)}";

    private static ActorSystem Create()
    {
        var config = ConfigurationFactory.ParseString($$"""
            akka {
              actor.default-mailbox.mailbox-type = "{{typeof(RunMailbox).AssemblyQualifiedName}}"
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
