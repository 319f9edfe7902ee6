using System.Diagnostics;
using System.Globalization;
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
    /// <summary>How long (wall clock) the actor system may take to make the run's root before the run gives up.</summary>
    public static readonly TimeSpan RootCreationTimeout = TimeSpan.FromSeconds(30);

    private readonly RunSlot _slot;
    private readonly RunExecutor _executor;
    private readonly long _deliveredBefore;

    /// <summary>Messages the run's actors have been delivered so far, calendar events included (each is delivered as a message).</summary>
    public long MessagesDelivered => _executor.Delivered - _deliveredBefore;
    private readonly IInternalActorRef? _root;
    private bool _disposed;

    public RunSession(ScenarioSpec spec, int replication)
        : this(spec, replication, spec.Network is null ? typeof(RunActor) : typeof(NetworkActor))
    {
    }

    /// <summary>A run whose actors report their decisions to an event recorder (<see cref="RunContext.Events"/>) when <paramref name="record"/> is set.</summary>
    public RunSession(ScenarioSpec spec, int replication, bool record)
        : this(spec, replication, spec.Network is null ? typeof(RunActor) : typeof(NetworkActor), record)
    {
    }

    /// <summary>A run whose actors are made by <paramref name="rootActor"/>, a <see cref="RootActor"/> taking (RunContext, dispatcher id).</summary>
    public RunSession(ScenarioSpec spec, int replication, Type rootActor, bool record = false)
    {
        ArgumentNullException.ThrowIfNull(rootActor);
        if (!rootActor.IsSubclassOf(typeof(RootActor)))
        {
            throw new ArgumentException($"{rootActor.Name} is not a {nameof(RootActor)}", nameof(rootActor));
        }
        _slot = EngineHost.RentSlot();
        _executor = _slot.Executor;
        _executor.BindToCurrentThread();
        _deliveredBefore = _executor.Delivered;
        Context = new RunContext(spec, replication, new SimClock());
        if (record)
        {
            Context.Events = new Events.EventLog(Context);
        }
        var dispatcher = _slot.DispatcherId;
        try
        {
            _root = (IInternalActorRef)EngineHost.System.ActorOf(
                Props.Create(rootActor, Context, dispatcher).WithDispatcher(dispatcher), EngineHost.NextRootName());
            WaitUntilStarted(_root);
            ThrowIfFailed();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public RunContext Context { get; }

    /// <summary>
    /// The most events the clock delivers in a row at one simulated time before the run is stopped as
    /// stalled. A model legitimately puts a bounded number of events at one instant: one or a few per
    /// actor (all of them at t = 0), or one per job of a trace submitted in the same second. The largest
    /// scenarios have thousands of actors and traces hundreds of thousands of jobs, so ten million is
    /// far beyond any of them, while at a few million events a second it stops a model that keeps
    /// rescheduling itself at the same time within seconds instead of never.
    /// </summary>
    public const long MaxEventsAtOneTime = 10_000_000;

    /// <summary>
    /// Delivers events until the stop rule holds, the horizon passes or the calendar is empty. An event
    /// due at an infinite time (one that should never happen, reached because nothing else is left) or
    /// more than <see cref="MaxEventsAtOneTime"/> events at one time stop the run.
    /// </summary>
    public void RunUntil(double horizon)
    {
        var clock = Context.Clock;
        while (!Context.Done && Context.Failure is null)
        {
            var before = clock.Now;
            if (!clock.TryNext(horizon, out var e))
            {
                break;
            }
            if (!double.IsFinite(clock.Now))
            {
                throw Stopped(before, $"the next event, for {e.TargetName} ({e.Message.GetType().Name}), is due at t={clock.Now} s and no other is left");
            }
            if (clock.DeliveredAtNow > MaxEventsAtOneTime)
            {
                throw Stopped(clock.Now, $"the clock has stalled: more than {MaxEventsAtOneTime.ToString("N0", CultureInfo.InvariantCulture)} events in a row at that time, the last for {e.TargetName} ({e.Message.GetType().Name})");
            }
            _executor.DeliverEventAndDrain(e.Target, e.Message);
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
        if (Context.Spec.Market is not null)
        {
            Context.Directory.Market.Tell(MarketProtocol.Settle.Instance, ActorRefs.NoSender);
            _executor.Drain();
            ThrowIfFailed();
        }
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

    /// <summary>
    /// Stops every actor of the run on this thread and gives the run's slot back. The root is stopped
    /// directly rather than through <c>ActorSystem.Stop</c>, which would ask the guardian to stop it
    /// later on one of Akka's threads, after this run's executor has stopped being drained: the whole
    /// tree would then stay alive, held by the guardian. A slot whose tree did not stop is not reused.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _root?.Stop();
        _executor.Drain();
        if ((_root is null || Context.RootStopped) && _executor.IsIdle)
        {
            EngineHost.ReturnSlot(_slot);
        }
    }

    private void ThrowIfFailed()
    {
        if (Context.Failure is { } failure)
        {
            // A failure while an actor is made reaches the supervisor wrapped; say what actually went wrong.
            var cause = failure;
            while (cause is ActorInitializationException { InnerException: { } inner })
            {
                cause = inner;
            }
            throw new SimulationException($"replication {Context.Replication} failed at t={Context.Clock.Now} s: {cause.Message}", failure);
        }
    }

    private SimulationException Stopped(double time, string why) =>
        new($"replication {Context.Replication} stopped at t={time} s: {why}", null);

    /// <summary>
    /// Akka makes a top-level actor on one of its own threads: the guardian creates the root's cell,
    /// hands its mailbox (holding Create) to this run's executor, replays anything sent to the root
    /// meanwhile, and only then marks the reference started. Once it is marked, everything the run
    /// needs is in the executor's queues, and nothing of the run comes from another thread again. One
    /// drain then runs the root's Create: its constructor makes its children (<c>Context.ActorOf</c> from
    /// an actor is synchronous, and each child's mailbox, holding its Create, is queued on this thread),
    /// and the drain goes on until the queues are empty, so every child's constructor and OnStart, and
    /// their children's, have run. So when the drain returns every actor of the run has started, and
    /// the clock may move. Waiting for the mark is the one place that looks at real time, and only to
    /// give up on a broken start.
    /// </summary>
    private void WaitUntilStarted(IInternalActorRef root)
    {
        var waited = Stopwatch.StartNew();
        var spin = new SpinWait();
        while (root is RepointableActorRef { IsStarted: false })
        {
            if (waited.Elapsed > RootCreationTimeout)
            {
                throw new SimulationException(
                    $"replication {Context.Replication}: the actor system did not make the run's root actor within {RootCreationTimeout.TotalSeconds} s", null);
            }
            spin.SpinOnce();
        }
        _executor.Drain();
        if (!Context.RootStarted && Context.Failure is null)
        {
            throw new SimulationException($"replication {Context.Replication}: the run's root actor {root.Path.Name} failed while it was being made", null);
        }
    }
}
