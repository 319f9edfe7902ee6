namespace CenterSim.Policies.Placement;

/// <summary>
/// The racks of a <see cref="ClusterBook"/> whose version grew since a reader last took them, each once,
/// in the order they first changed: what lets a reader that keeps something per rack (throttling's rack
/// factors) bring only those racks up to date, rather than look at every rack on every change. At most
/// one entry per rack is held, however long nobody reads.
/// </summary>
public sealed class RackChanges
{
    private readonly bool[] _marked;
    private readonly List<int> _racks = new();

    public RackChanges(int racks) => _marked = new bool[racks];

    /// <summary>Racks changed and not yet taken.</summary>
    public int Count => _racks.Count;

    public void Mark(int rack)
    {
        if (!_marked[rack])
        {
            _marked[rack] = true;
            _racks.Add(rack);
        }
    }

    /// <summary>Appends the changed racks to <paramref name="into"/> (in order of first change) and forgets them.</summary>
    public void TakeAll(List<int> into)
    {
        foreach (var rack in _racks)
        {
            _marked[rack] = false;
            into.Add(rack);
        }
        _racks.Clear();
    }
}
