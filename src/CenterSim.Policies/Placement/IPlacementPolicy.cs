namespace CenterSim.Policies.Placement;

/// <summary>Chooses servers for a gang of chips, or says it does not fit now. It only reads the book.</summary>
public interface IPlacementPolicy
{
    bool TryPlace(int chips, ClusterBook cluster, out ChipGrant[] grants);
}
