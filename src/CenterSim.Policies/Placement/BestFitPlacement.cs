namespace CenterSim.Policies.Placement;

/// <summary>
/// Best fit: the server whose free chips exceed the gang by the least, so partly used servers fill up
/// and whole servers stay free for large gangs; ties go to the lowest index. A gang larger than any
/// server's free chips takes whole free servers, then the partly free servers with the fewest free chips.
/// </summary>
public sealed class BestFitPlacement : IPlacementPolicy
{
    /// <summary>The buffer a spread gang's grants are gathered in, kept so a placement allocates only its result.</summary>
    private readonly List<ChipGrant> _list = new();

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        grants = Array.Empty<ChipGrant>();
        if (chips > cluster.TotalFree)
        {
            return false;
        }
        var best = chips <= cluster.ChipsPerServer ? cluster.FullestWithAtLeast(chips) : -1;
        if (best >= 0)
        {
            grants = new[] { new ChipGrant(best, chips) };
            return true;
        }
        return WholeServers.TakeFullestLast(chips, cluster, _list, out grants);
    }
}
