namespace CenterSim.Simulation.Engine;

/// <summary>
/// A dispatcher registered with the actor system and the executor it hands work to, lent to one run at
/// a time by <see cref="EngineHost"/>. Akka.NET cannot unregister a dispatcher, so slots are reused
/// rather than made per run: a process never holds more of them than it has ever had runs at once.
/// </summary>
public sealed class RunSlot(string dispatcherId, RunExecutor executor)
{
    public string DispatcherId { get; } = dispatcherId;

    public RunExecutor Executor { get; } = executor;
}
