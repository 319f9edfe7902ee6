using Akka.Actor;
using CenterSim.Simulation.Engine;
using CenterSim.Simulation.Runner;

namespace CenterSim.Simulation.Actors;

/// <summary>
/// Base of every actor in a run. A failing child is never restarted silently: the failure is recorded
/// on the run, the child stops, and the run loop ends the run with that error.
/// </summary>
public abstract class SimActor : UntypedActor
{
    protected SimActor(RunContext run) => Run = run;

    protected RunContext Run { get; }

    private IActorRef? _sender;
    private ActorCell? _cell;
    private RunExecutor? _executor;
    private IActorRef _self = ActorRefs.Nobody;

    /// <summary>The actor's name (the last element of its path), for messages about it.</summary>
    internal string Name => _self.Path.Name;

    /// <summary>The actor's cell, once started: the executor delivers posted messages inside it.</summary>
    internal ActorCell Cell => _cell ?? throw new InvalidOperationException($"{GetType().Name} has not started");

    /// <summary>True once the actor has stopped: messages posted to it are dropped, as Akka drops those to a stopped actor.</summary>
    internal bool Stopped { get; private set; }

    /// <summary>
    /// Sends a message to another actor of this run by its instance (see <see cref="RunExecutor.Post"/>):
    /// delivered in the same order a tell would be. Only an actor on a run's executor posts: any other
    /// (never the case in a run) is refused, rather than sending to an actor that may not exist.
    /// </summary>
    protected internal void Post(SimActor target, object message)
    {
        if (_executor is null)
        {
            throw new InvalidOperationException($"{GetType().Name} posted {message.GetType().Name} before it started or outside a run's executor");
        }
        _executor.Post(target, message, _self);
    }

    /// <summary>
    /// The sender of the message being handled. Messages between a run's actors are handed to
    /// <see cref="Deliver"/> by the run's executor, not through the actor cell, so the cell's sender
    /// is not set for them: this one is.
    /// </summary>
    protected new IActorRef Sender => _sender ?? ActorRefs.Nobody;

    /// <summary>
    /// Handles one message from the run's executor, inside this actor's context. A failure is the
    /// run's, as under <see cref="SupervisorStrategy"/>: it is recorded and the actor stops.
    /// </summary>
    internal void Deliver(object message, IActorRef? sender)
    {
        _sender = sender;
        try
        {
            OnReceive(message);
        }
        catch (Exception e)
        {
            Run.Failure ??= e;
            Context.Stop(Self);
        }
    }

    protected SimClock Clock => Run.Clock;

    protected double Now => Run.Clock.Now;

    /// <summary>Lets the actor put its first events in the calendar; the clock starts only after every actor of the run has done so.</summary>
    protected sealed override void PreStart()
    {
        _self = Self;
        if (Context is ActorCell { Dispatcher: RunDispatcher dispatcher } cell)
        {
            _cell = cell;
            _executor = dispatcher.Executor;
        }
        OnStart();
    }

    protected override void PostStop() => Stopped = true;

    protected virtual void OnStart()
    {
    }

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(e =>
    {
        Run.Failure ??= e;
        return Directive.Stop;
    });

    protected override void Unhandled(object message) =>
        throw new InvalidOperationException($"{GetType().Name} got an unexpected {message.GetType().Name}");
}
