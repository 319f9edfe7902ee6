using Akka.Actor;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// Delivers one envelope to one actor inside the actor's context (so Self, Sender and implicit senders
/// are right). One per actor, reused for every message, so delivery allocates nothing.
/// </summary>
public sealed class CellInvoker
{
    private readonly ActorCell _cell;
    private readonly Action _invoke;
    private Envelope _envelope;

    public CellInvoker(ActorCell cell)
    {
        _cell = cell;
        _invoke = () => _cell.Invoke(_envelope);
    }

    public void Deliver(in Envelope envelope)
    {
        if (_cell.IsTerminated)
        {
            return;
        }
        _envelope = envelope;
        _cell.UseThreadContext(_invoke);
        _envelope = default;
    }
}
