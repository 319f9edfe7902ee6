namespace CenterSim.Policies.Serving;

/// <summary>Services first: a replica that needs chips takes free ones, and while it waits no training job starts in its pool; running jobs are not preempted.</summary>
public sealed class PrioritySharing : IChipSharingPolicy
{
    public double ReservedShare => 0;

    public bool ServicesFirst => true;

    public bool PreemptsTraining => false;
}
