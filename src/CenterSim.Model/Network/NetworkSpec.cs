using CenterSim.Model.Scenario;

namespace CenterSim.Model.Network;

/// <summary>
/// A network of computing centers: every center of the scenario, the wide-area links between their
/// regions and the broker that sends each job to a center. Present when a scenario lists more than one
/// center; the single-center engine never sees it.
/// </summary>
public sealed record NetworkSpec(IReadOnlyList<CenterSpec> Centers, IReadOnlyList<WanLinkSpec> Links)
{
    /// <summary>The distinct regions, in the order centers first name them.</summary>
    public IReadOnlyList<string> Regions => Centers.Select(c => c.Region).Distinct(StringComparer.Ordinal).ToList();
}
