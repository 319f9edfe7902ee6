namespace CenterSim.Policies.Serving;

/// <summary>A fixed share of each serving pool's servers for services, the rest for training; neither side borrows.</summary>
public sealed class PartitionSharing(double servingShare) : IChipSharingPolicy
{
    public double ReservedShare => servingShare;

    public bool ServicesFirst => false;

    public bool PreemptsTraining => false;
}
