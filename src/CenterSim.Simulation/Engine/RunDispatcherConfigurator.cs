using Akka.Configuration;
using Akka.Dispatch;

namespace CenterSim.Simulation.Engine;

/// <summary>Makes the dispatcher of one <see cref="RunSlot"/>, so runs on different threads never share a queue.</summary>
public sealed class RunDispatcherConfigurator : MessageDispatcherConfigurator
{
    private readonly RunDispatcher _dispatcher;

    public RunDispatcherConfigurator(Config config, IDispatcherPrerequisites prerequisites, string id, RunExecutor executor)
        : base(config, prerequisites)
    {
        _dispatcher = new RunDispatcher(this, id, executor);
    }

    public override MessageDispatcher Dispatcher() => _dispatcher;
}
