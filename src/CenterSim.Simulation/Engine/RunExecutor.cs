using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Dispatch;

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
    private readonly Queue<(ActorCell Cell, Envelope Envelope)> _messages = new(1024);
    private readonly ConcurrentQueue<IRunnable> _foreignRunnables = new();
    private readonly ConcurrentQueue<(ActorCell Cell, Envelope Envelope)> _foreignMessages = new();
    private readonly Action _invokeCurrent;
    private ActorCell? _currentCell;
    private Envelope _currentEnvelope;
    private Thread? _owner;

    public RunExecutor()
    {
        // One delegate for every delivery: it reads the message to deliver from fields, so delivering
        // allocates nothing and needs no lookup per actor. Deliveries never nest (actors only enqueue).
        _invokeCurrent = () => _currentCell!.Invoke(_currentEnvelope);
    }

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
        }
    }

    public void Deliver(ActorCell cell, Envelope envelope)
    {
        if (ReferenceEquals(Thread.CurrentThread, _owner))
        {
            _messages.Enqueue((cell, envelope));
        }
        else
        {
            _foreignMessages.Enqueue((cell, envelope));
        }
    }

    /// <summary>Runs queued work until none is left, including work the runs themselves queue.</summary>
    public int Drain()
    {
        var n = 0;
        while (true)
        {
            if (_runnables.TryDequeue(out var run) || _foreignRunnables.TryDequeue(out run))
            {
                run.Run();
            }
            else if (_messages.TryDequeue(out var m) || _foreignMessages.TryDequeue(out m))
            {
                Invoke(m.Cell, m.Envelope);
            }
            else
            {
                return n;
            }
            n++;
        }
    }

    /// <summary>Delivers one envelope inside its actor's context (so Self, Sender and implicit senders are right).</summary>
    private void Invoke(ActorCell cell, in Envelope envelope)
    {
        if (cell.IsTerminated)
        {
            return;
        }
        _currentCell = cell;
        _currentEnvelope = envelope;
        cell.UseThreadContext(_invokeCurrent);
        _currentCell = null;
        _currentEnvelope = default;
    }
}
