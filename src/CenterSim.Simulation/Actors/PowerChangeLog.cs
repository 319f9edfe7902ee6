namespace CenterSim.Simulation.Actors;

/// <summary>
/// The servers' changes of draw on their way to the power budget, sent as one message per batch rather
/// than one per server: a gang's start or end changes dozens of servers in the same instant. A server
/// adds its change; the first change of a batch sends <see cref="PowerProtocol.Flush"/>, and the budget
/// takes every change added until it reads them, in the order they were added (the order single messages
/// would have arrived in). All of a run's actors live on one thread, and the flush is delivered before
/// the clock moves, so the budget sees the same changes at the same simulated time.
/// </summary>
public sealed class PowerChangeBatch
{
    private readonly List<(int Server, double Watts)> _changes = new();

    /// <summary>Adds a change; true when it opens a batch, so the caller must send the flush.</summary>
    public bool Add(int server, double watts)
    {
        _changes.Add((server, watts));
        return _changes.Count == 1;
    }

    /// <summary>The changes added since the last read, in order; the batch is empty afterwards.</summary>
    public void TakeAll(Action<int, double> apply)
    {
        // Indexing, not enumerating: applying a change never adds one, but a list must not change under an enumerator.
        for (var i = 0; i < _changes.Count; i++)
        {
            apply(_changes[i].Server, _changes[i].Watts);
        }
        _changes.Clear();
    }
}
