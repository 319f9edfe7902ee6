using CenterSim.Policies.Placement;

namespace CenterSim.Policies.Capacity;

/// <summary>
/// Which running spot jobs give way to a waiting on-demand job: the most recently started first (they
/// have the least work to lose), one by one until the placement policy finds room for the gang. When
/// even all of them together would not make room, none is preempted.
/// </summary>
public static class SpotPreemption
{
    /// <summary>
    /// Chooses victims among <paramref name="spotGrants"/> (running spot jobs' grants with their start
    /// times) for a gang of <paramref name="chips"/>. On success <paramref name="victims"/> holds their
    /// indices and <paramref name="grants"/> the on-demand job's chips once they are released; no victims
    /// when the gang fits as things are. <paramref name="admit"/> (power caps) may refuse a placement. The
    /// book is left as it was.
    /// </summary>
    public static bool TryChoose(int chips, ClusterBook book, IPlacementPolicy placement,
        IReadOnlyList<(double StartTime, ChipGrant[] Grants)> spotGrants, List<int> victims, Func<ChipGrant[], bool>? admit, out ChipGrant[] grants)
    {
        victims.Clear();
        if (Fits(chips, book, placement, admit, out grants))
        {
            return true;
        }
        var order = Enumerable.Range(0, spotGrants.Count)
            .OrderByDescending(i => spotGrants[i].StartTime)
            .ThenByDescending(i => i)
            .ToList();
        var found = false;
        foreach (var i in order)
        {
            book.Release(spotGrants[i].Grants);
            victims.Add(i);
            if (Fits(chips, book, placement, admit, out grants))
            {
                found = true;
                break;
            }
        }
        foreach (var i in victims)
        {
            book.Reserve(spotGrants[i].Grants);
        }
        if (!found)
        {
            victims.Clear();
            grants = Array.Empty<ChipGrant>();
        }
        return found;
    }

    private static bool Fits(int chips, ClusterBook book, IPlacementPolicy placement, Func<ChipGrant[], bool>? admit, out ChipGrant[] grants)
    {
        if (chips <= book.TotalFree && placement.TryPlace(chips, book, out grants) && (admit is null || admit(grants)))
        {
            return true;
        }
        grants = Array.Empty<ChipGrant>();
        return false;
    }
}
