namespace CenterSim.Policies.Serving;

/// <summary>
/// How a center splits a pool's chips between inference services and training. The scheduler asks it
/// before every pass: which chips are held for services alone, whether a replica that waits for chips holds
/// back training starts, and whether running training jobs give way (losing work since their last checkpoint).
/// </summary>
public interface IChipSharingPolicy
{
    /// <summary>Share (0..1) of a pool's servers held for its services only; training never runs there.</summary>
    double ReservedShare { get; }

    /// <summary>A replica waiting for chips goes first: no training job starts in its pool until it has them.</summary>
    bool ServicesFirst { get; }

    /// <summary>Training jobs are preempted when a replica needs their chips.</summary>
    bool PreemptsTraining { get; }
}
