namespace CenterSim.Simulation.Serving;

/// <summary>What a replica is doing now: nothing, a prefill of newly admitted requests, or decode steps.</summary>
public enum SegmentKind
{
    None,
    Prefill,
    Decode,
}
