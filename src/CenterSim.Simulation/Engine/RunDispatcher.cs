using Akka.Actor;
using Akka.Dispatch;

namespace CenterSim.Simulation.Engine;

/// <summary>An Akka dispatcher that hands mailbox runs to one run's <see cref="RunExecutor"/>.</summary>
public sealed class RunDispatcher : MessageDispatcher
{
    private readonly RunExecutor _executor;

    public RunDispatcher(MessageDispatcherConfigurator configurator, string id, RunExecutor executor)
        : base(configurator)
    {
        _executor = executor;
        Id = id;
        Throughput = 100;
    }

    /// <summary>The run executor this dispatcher hands its work to.</summary>
    public RunExecutor Executor => _executor;

    protected override void ExecuteTask(IRunnable run) => _executor.Enqueue(run);

    /// <summary>User messages go straight to the run's queue, not through a mailbox (see <see cref="RunExecutor"/>).</summary>
    public override void Dispatch(ActorCell cell, Envelope envelope) => _executor.Deliver(cell, envelope);

    protected override void Shutdown()
    {
        // The executor owns no thread; the run loop simply stops draining it.
    }
}
