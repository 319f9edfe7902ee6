using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The message queue of every mailbox in the engine's actor system: an unbounded queue like Akka's own,
/// made only when the first message is put in it. A run's user messages skip mailboxes altogether (see
/// <see cref="RunExecutor"/>), so the queue of a run's actor almost never exists, and a center of many
/// servers does not hold an empty concurrent queue (over a kilobyte) for each of them.
/// </summary>
public sealed class RunMessageQueue : IMessageQueue, IUnboundedMessageQueueSemantics
{
    private ConcurrentQueue<Envelope>? _queue;

    public bool HasMessages => _queue is { IsEmpty: false };

    public int Count => _queue?.Count ?? 0;

    public void Enqueue(IActorRef receiver, Envelope envelope)
    {
        var queue = Volatile.Read(ref _queue);
        if (queue is null)
        {
            Interlocked.CompareExchange(ref _queue, new ConcurrentQueue<Envelope>(), null);
            queue = _queue;
        }
        queue.Enqueue(envelope);
    }

    public bool TryDequeue(out Envelope envelope)
    {
        if (Volatile.Read(ref _queue) is { } queue)
        {
            return queue.TryDequeue(out envelope);
        }
        envelope = default;
        return false;
    }

    public void CleanUp(IActorRef owner, IMessageQueue deadletters)
    {
        while (TryDequeue(out var envelope))
        {
            deadletters.Enqueue(owner, envelope);
        }
    }
}
