using CenterSim.Policies.Placement;

namespace CenterSim.Tests.Support;

/// <summary>A placement policy that counts how often it is asked.</summary>
public sealed class CountingPlacement(IPlacementPolicy inner) : IPlacementPolicy
{
    public int Calls { get; private set; }

    public bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants)
    {
        Calls++;
        return inner.TryPlace(chips, cluster, out grants);
    }
}
