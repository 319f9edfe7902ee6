using Akka.Actor;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Engine;

namespace CenterSim.Simulation.Runner;

/// <summary>
/// One replication in progress, owned by the thread that created it: its actors live on a dispatcher
/// of their own, and the session delivers calendar events one at a time, letting the actors finish all
/// they say to each other before the clock moves again.
/// </summary>
public sealed class RunSession : IDisposable
{
    private readonly RunExecutor _executor = new();
    private readonly IActorRef _root;
    private bool _disposed;

    public RunSession(ScenarioSpec spec, int replication)
    {
        _executor.BindToCurrentThread();
        var dispatcher = EngineHost.RegisterRunDispatcher(_executor);
        Context = new RunContext(spec, replication, new SimClock());
        _root = EngineHost.System.ActorOf(
            Props.Create(spec.Network is null ? typeof(RunActor) : typeof(NetworkActor), Context, dispatcher).WithDispatcher(dispatcher), dispatcher);
        WaitUntilStarted();
        ThrowIfFailed();
    }

    public RunContext Context { get; }

    /// <summary>Delivers events until the stop rule holds, the horizon passes or the calendar is empty.</summary>
    public void RunUntil(double horizon)
    {
        var clock = Context.Clock;
        while (!Context.Done && Context.Failure is null && clock.TryNext(horizon, out var e))
        {
            e.Target.Tell(e.Message, ActorRefs.NoSender);
            _executor.Drain();
        }
        ThrowIfFailed();
    }

    /// <summary>Runs to the scenario's end and returns what the meter made of it.</summary>
    public RunResult Complete()
    {
        RunUntil(Context.Spec.Stop.DurationSeconds ?? double.PositiveInfinity);
        if (Context.Spec.Network is not null)
        {
            return CompleteNetwork();
        }
        if (Context.Spec.Market is not null)
        {
            Context.Directory.Market.Tell(MarketProtocol.Settle.Instance, ActorRefs.NoSender);
            _executor.Drain();
            ThrowIfFailed();
        }
        Context.Directory.Metrics.Tell(MetricsProtocol.Finish.Instance, ActorRefs.NoSender);
        _executor.Drain();
        ThrowIfFailed();
        return Context.Result ?? throw new SimulationException($"replication {Context.Replication} ended without a result", null);
    }

    /// <summary>Each center's meter publishes its result; the network's is made from them, the broker's tallies and the links' usage.</summary>
    private RunResult CompleteNetwork()
    {
        foreach (var center in Context.Centers)
        {
            center.Directory.Metrics.Tell(MetricsProtocol.Finish.Instance, ActorRefs.NoSender);
            _executor.Drain();
            ThrowIfFailed();
        }
        var broker = Ask<BrokerProtocol.Report>(Context.Directory.Broker, BrokerProtocol.ReportRequest.Instance);
        var links = Context.Directory.WanLinks.Select(l => Ask<WanProtocol.Usage>(l, WanProtocol.UsageRequest.Instance)).ToList();
        Context.Result = Metrics.NetworkMetrics.Build(Context, broker, links);
        return Context.Result;
    }

    /// <summary>Asks one of the run's actors a question between events and returns its answer.</summary>
    public T Ask<T>(IActorRef target, object question)
    {
        var answer = target.Ask<T>(question, TimeSpan.FromSeconds(30));
        _executor.Drain();
        if (!answer.IsCompleted)
        {
            throw new SimulationException($"{target.Path.Name} did not answer {question.GetType().Name}", null);
        }
        return answer.Result;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        EngineHost.System.Stop(_root);
        _executor.Drain();
    }

    private void ThrowIfFailed()
    {
        if (Context.Failure is { } failure)
        {
            throw new SimulationException($"replication {Context.Replication} failed at t={Context.Clock.Now} s: {failure.Message}", failure);
        }
    }

    /// <summary>
    /// Akka starts a top-level actor asynchronously, so the first mailbox runs may be queued from one
    /// of its own threads. Drain until every actor of the run has started; only then may the clock
    /// move, so the run itself is on one thread and deterministic. This wait is the one place that
    /// looks at real time, and only to give up on a broken start.
    /// </summary>
    private void WaitUntilStarted()
    {
        var expected = Context.ActorsExpected;
        var spins = 0;
        while (true)
        {
            _executor.Drain();
            if (Context.ActorsStarted >= expected || Context.Failure is not null)
            {
                return;
            }
            if (++spins > 60_000)
            {
                throw new SimulationException($"only {Context.ActorsStarted} of {expected} actors started", null);
            }
            Thread.Sleep(spins < 100 ? 0 : 1);
        }
    }
}
