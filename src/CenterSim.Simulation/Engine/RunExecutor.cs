using System.Collections.Concurrent;
using Akka.Dispatch;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The work queue of one run's dispatcher. Mailbox runs queued from the run's own thread go to a plain
/// queue (no locks); anything queued from another thread (Akka's system plumbing, never model messages)
/// goes to a concurrent side queue. The run loop drains both between calendar events, so every actor
/// of the run executes on that one thread, in a deterministic order.
/// </summary>
public sealed class RunExecutor
{
    private readonly Queue<IRunnable> _local = new(256);
    private readonly ConcurrentQueue<IRunnable> _foreign = new();
    private Thread? _owner;

    /// <summary>Binds the executor to the calling thread, which from now on runs the run loop.</summary>
    public void BindToCurrentThread() => _owner = Thread.CurrentThread;

    public void Enqueue(IRunnable run)
    {
        if (ReferenceEquals(Thread.CurrentThread, _owner))
        {
            _local.Enqueue(run);
        }
        else
        {
            _foreign.Enqueue(run);
        }
    }

    /// <summary>Runs queued work until none is left, including work the runs themselves queue.</summary>
    public int Drain()
    {
        var n = 0;
        while (true)
        {
            if (_local.TryDequeue(out var run) || _foreign.TryDequeue(out run))
            {
                run.Run();
                n++;
                continue;
            }
            return n;
        }
    }
}
