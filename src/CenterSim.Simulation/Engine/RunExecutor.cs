using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Actor.Internal;
using Akka.Dispatch;
using CenterSim.Simulation.Actors;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The work queue of one run's dispatcher, drained by the thread that owns the run's clock.
/// <para>
/// User messages between the run's actors skip Akka's mailboxes: the dispatcher hands each
/// (actor, envelope) to <see cref="Deliver"/>, and <see cref="Drain"/> invokes them in one global
/// first-in first-out order, each inside its actor's context. All of a run's actors live on this one
/// thread, so a mailbox's locks and scheduling flags would only cost time; what they guarantee (one
/// message at a time per actor, in order) holds by construction. System messages (create, supervise,
/// stop) still go through Akka's mailboxes and run before any user message.
/// </para>
/// Work queued from another thread (Akka's own plumbing, never model messages) goes to concurrent side
/// queues, drained the same way.
/// </summary>
public sealed class RunExecutor
{
    private readonly Queue<IRunnable> _runnables = new(64);
    private readonly Queue<(ActorCell? Cell, SimActor? Actor, Envelope Envelope)> _messages = new(1024);
    private readonly ConcurrentQueue<IRunnable> _foreignRunnables = new();
    private readonly ConcurrentQueue<(ActorCell Cell, Envelope Envelope)> _foreignMessages = new();
    private readonly Action _invokeCurrent;

    /// <summary>The actor instance of a cell: Akka keeps the getter internal, so it is bound once, as a delegate, by name.</summary>
    private static readonly Func<ActorCell, ActorBase?> ActorOf = BindActorGetter();
    private ActorCell? _currentCell;
    private Envelope _currentEnvelope;
    private Thread? _owner;
    private int _foreignQueued;
    private bool _draining;

    public RunExecutor()
    {
        // One delegate for every delivery through a cell: it reads the message to deliver from fields, so
        // delivering allocates nothing and needs no lookup per actor. Deliveries never nest (actors only enqueue).
        _invokeCurrent = () => _currentCell!.Invoke(_currentEnvelope);
    }

    /// <summary>Messages delivered to actors so far (model messages and Akka's own, not system messages), over every run this executor has served.</summary>
    public long Delivered { get; private set; }

    /// <summary>True when no work of any kind is queued.</summary>
    public bool IsIdle => _runnables.Count == 0 && _messages.Count == 0 && _foreignRunnables.IsEmpty && _foreignMessages.IsEmpty;

    /// <summary>Binds the executor to the calling thread, which from now on runs the run loop.</summary>
    public void BindToCurrentThread() => _owner = Thread.CurrentThread;

    public void Enqueue(IRunnable run)
    {
        if (ReferenceEquals(Thread.CurrentThread, _owner))
        {
            _runnables.Enqueue(run);
        }
        else
        {
            _foreignRunnables.Enqueue(run);
            Interlocked.Increment(ref _foreignQueued);
        }
    }

    public void Deliver(ActorCell cell, Envelope envelope)
    {
        if (ReferenceEquals(Thread.CurrentThread, _owner))
        {
            _messages.Enqueue((cell, null, envelope));
        }
        else
        {
            _foreignMessages.Enqueue((cell, envelope));
            Interlocked.Increment(ref _foreignQueued);
        }
    }

    /// <summary>
    /// Queues a calendar event for its actor without the actor reference's send path: the run loop is on
    /// the owning thread and the event has no sender. An actor that put the event in for itself is posted
    /// to by instance; a target that is not a local actor of this process (none in a run, but the calendar
    /// takes any reference) is told the usual way.
    /// </summary>
    public void DeliverEvent(object target, object message)
    {
        if (target is SimActor actor)
        {
            _messages.Enqueue((null, actor, new Envelope(message, ActorRefs.NoSender)));
        }
        else if (target is ActorRefWithCell { Underlying: ActorCell { Dispatcher: RunDispatcher d } cell } && ReferenceEquals(d.Executor, this) && ReferenceEquals(Thread.CurrentThread, _owner))
        {
            _messages.Enqueue((cell, null, new Envelope(message, ActorRefs.NoSender)));
        }
        else
        {
            ((IActorRef)target).Tell(message, ActorRefs.NoSender);
        }
    }

    /// <summary>
    /// Delivers a calendar event and then everything it sets off, as <see cref="DeliverEvent"/> and
    /// <see cref="Drain"/> would. When nothing is queued (as between events) and the target is one of the
    /// run's actors, the event is handed to it straight away: it would have been the first in the queue,
    /// so the order is the same, without its trip through the queue. Only the run loop calls this, on the
    /// run's thread, as it does <see cref="DeliverEvent"/>.
    /// </summary>
    public int DeliverEventAndDrain(object target, object message)
    {
        if (target is not SimActor actor || _runnables.Count > 0 || _messages.Count > 0 || Volatile.Read(ref _foreignQueued) > 0)
        {
            DeliverEvent(target, message);
            return Drain();
        }
        return DrainAfter(actor, message);
    }

    /// <summary>
    /// Queues a message from one of the run's actors to another, known by its instance: the same queue and
    /// order as a tell, without the reference, cell and mailbox a tell passes through (at scale, each is
    /// a cache miss). <paramref name="sender"/> is the posting actor. Only an actor handling a message
    /// posts, and the run's actors handle messages only inside <see cref="Drain"/>, on the run's thread:
    /// a post at any other time is refused. (Asking which thread this is would cost a thread-local
    /// lookup per message.)
    /// </summary>
    public void Post(SimActor target, object message, IActorRef? sender)
    {
        if (!_draining)
        {
            throw new InvalidOperationException($"a message ({message.GetType().Name}) was posted while the run's executor was not delivering");
        }
        _messages.Enqueue((null, target, new Envelope(message, sender)));
    }

    /// <summary>The actor instance behind a reference to a run's actor, or null when it is not one (or not made yet).</summary>
    public static SimActor? LocalActor(IActorRef target) =>
        target is ActorRefWithCell { Underlying: ActorCell { Dispatcher: RunDispatcher } cell } ? ActorOf(cell) as SimActor : null;

    /// <summary>
    /// Runs queued work until none is left, including work the runs themselves queue. The side queues
    /// are looked at only while something is in them, so the common case costs two plain dequeues.
    /// </summary>
    public int Drain() => DrainAfter(null, null);

    /// <summary>
    /// Runs a drain, first handing <paramref name="message"/> to <paramref name="first"/> when one is
    /// given, with the thread's current cell restored once at the end.
    /// </summary>
    private int DrainAfter(SimActor? first, object? message)
    {
        var was = _draining;
        var context = InternalCurrentActorCellKeeper.Current;
        _draining = true;
        try
        {
            if (first is not null)
            {
                InvokeLocal(first, new Envelope(message!, ActorRefs.NoSender));
            }
            return (first is null ? 0 : 1) + DrainQueues(context);
        }
        finally
        {
            _draining = was;
            InternalCurrentActorCellKeeper.Current = context;
        }
    }

    /// <param name="context">the thread's current cell when the drain began: Akka's own work runs under it, as it did before any delivery</param>
    private int DrainQueues(ActorCell? context)
    {
        var n = 0;
        while (true)
        {
            if (_runnables.TryDequeue(out var run) || (Volatile.Read(ref _foreignQueued) > 0 && TakeForeign(out run)))
            {
                InternalCurrentActorCellKeeper.Current = context!;
                run.Run();
            }
            else if (_messages.TryDequeue(out var m))
            {
                if (m.Actor is { } actor)
                {
                    InvokeLocal(actor, m.Envelope);
                }
                else
                {
                    Invoke(m.Cell!, m.Envelope);
                }
            }
            else if (Volatile.Read(ref _foreignQueued) > 0 && TakeForeign(out (ActorCell Cell, Envelope Envelope) f))
            {
                Invoke(f.Cell, f.Envelope);
            }
            else
            {
                return n;
            }
            n++;
        }
    }

    private bool TakeForeign(out IRunnable run)
    {
        if (_foreignRunnables.TryDequeue(out run!))
        {
            Interlocked.Decrement(ref _foreignQueued);
            return true;
        }
        return false;
    }

    private bool TakeForeign(out (ActorCell Cell, Envelope Envelope) message)
    {
        if (_foreignMessages.TryDequeue(out message))
        {
            Interlocked.Decrement(ref _foreignQueued);
            return true;
        }
        return false;
    }

    private static Func<ActorCell, ActorBase?> BindActorGetter()
    {
        var getter = typeof(ActorCell).GetProperty("Actor", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)?.GetGetMethod(nonPublic: true);
        return getter is null
            ? throw new InvalidOperationException("this Akka version's ActorCell has no Actor property; the run executor needs it")
            : getter.CreateDelegate<Func<ActorCell, ActorBase?>>();
    }

    /// <summary>A posted message: the actor instance is known, so it goes straight to <see cref="SimActor.Deliver"/>.</summary>
    private void InvokeLocal(SimActor actor, in Envelope envelope)
    {
        if (!actor.Stopped)
        {
            DeliverInside(actor.Cell, actor, envelope);
        }
    }

    /// <summary>
    /// Delivers one envelope inside its actor's context (so Self, Context and implicit senders are right).
    /// A model message to a run's actor goes straight to <see cref="SimActor.Deliver"/>: the cell's own
    /// invoke would only add receive-timeout and behavior-stack bookkeeping the run's actors never use.
    /// Akka's own messages (PoisonPill, Terminated, Identify...) and other actors go through the cell.
    /// </summary>
    private void Invoke(ActorCell cell, in Envelope envelope)
    {
        if (cell.IsTerminated)
        {
            return;
        }
        if (envelope.Message is not IAutoReceivedMessage && ActorOf(cell) is SimActor actor)
        {
            DeliverInside(cell, actor, envelope);
            return;
        }
        _currentCell = cell;
        _currentEnvelope = envelope;
        Delivered++;
        cell.UseThreadContext(_invokeCurrent);
        _currentCell = null;
        _currentEnvelope = default;
    }

    /// <summary>
    /// Makes the actor's cell the thread's current one (what Self, Context and implicit senders read) and
    /// hands it the message. Akka's <c>UseThreadContext</c> would also read and restore the previous cell on
    /// every message, through a delegate; here the cell before the drain is restored once, when
    /// <see cref="Drain"/> ends, and Akka's own paths (system messages, <see cref="Invoke"/> through the
    /// cell) still save and restore it themselves.
    /// </summary>
    private void DeliverInside(ActorCell cell, SimActor actor, in Envelope envelope)
    {
        Delivered++;
        InternalCurrentActorCellKeeper.Current = cell;
        actor.Deliver(envelope.Message, envelope.Sender);
    }
}
