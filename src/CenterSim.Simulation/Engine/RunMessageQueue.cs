using Akka.Actor;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// A run actor's mailbox queue. Model messages are only ever enqueued and dequeued on the run's thread,
/// so a plain queue behind an uncontended lock replaces Akka's concurrent queue; the lock keeps the rare
/// enqueue from Akka's own threads (start-up, shutdown) safe.
/// </summary>
public sealed class RunMessageQueue : IMessageQueue, IUnboundedMessageQueueSemantics
{
    private readonly Queue<Envelope> _queue = new();
    private readonly Lock _gate = new();

    public bool HasMessages
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public void Enqueue(IActorRef receiver, Envelope envelope)
    {
        lock (_gate)
        {
            _queue.Enqueue(envelope);
        }
    }

    public bool TryDequeue(out Envelope envelope)
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out envelope);
        }
    }

    public void CleanUp(IActorRef owner, IMessageQueue deadletters)
    {
        while (TryDequeue(out var envelope))
        {
            deadletters.Enqueue(owner, envelope);
        }
    }
}
