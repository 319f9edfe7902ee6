namespace CenterSim.Policies.Serving;

/// <summary>Training harvests the chips services do not need, and is preempted (losing work since its last checkpoint) when a service scales up.</summary>
public sealed class HarvestSharing : IChipSharingPolicy
{
    public double ReservedShare => 0;

    public bool ServicesFirst => true;

    public bool PreemptsTraining => true;
}
