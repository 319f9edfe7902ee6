namespace CenterSim.Policies.Scheduling;

/// <summary>
/// Orders running jobs by (expected end, id, chips), as the default comparer of the tuple does, but with
/// direct comparisons: sets of running jobs are re-sorted on every start and end.
/// </summary>
public sealed class EndOrderComparer : IComparer<(double End, long Id, int Chips)>
{
    public static EndOrderComparer Instance { get; } = new();

    public int Compare((double End, long Id, int Chips) x, (double End, long Id, int Chips) y)
    {
        var c = x.End.CompareTo(y.End);
        if (c != 0)
        {
            return c;
        }
        c = x.Id.CompareTo(y.Id);
        return c != 0 ? c : x.Chips.CompareTo(y.Chips);
    }
}
