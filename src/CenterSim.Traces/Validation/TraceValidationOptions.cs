using CenterSim.Policies.TracePlacement;

namespace CenterSim.Traces.Validation;

/// <summary>
/// Seeds are <paramref name="FirstSeed"/> .. FirstSeed + Seeds − 1 (the artifact used 42..51).
/// <paramref name="Policies"/> null means every registered trace placement policy.
/// <paramref name="MaxParallelism"/> 0 means one worker per core; results do not depend on it.
/// </summary>
public sealed record TraceValidationOptions(
    int Seeds = 10,
    long FirstSeed = 42,
    double MaxLoad = 1.3,
    IReadOnlyList<string>? Policies = null,
    int MaxParallelism = 0)
{
    public IReadOnlyList<string> PolicyNames => Policies ?? TracePlacementCatalog.Policies.Names;
}
