namespace CenterSim.Simulation.Serving;

/// <summary>Where a replica is in its life: waiting for chips, loading its weights, serving, or finishing its batch before it gives its chips back.</summary>
public enum ReplicaPhase
{
    WaitingForChips,
    Loading,
    Ready,
    Draining,
}
