using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// Keys a scenario may write that the simulation then does not use, each reported as a warning with the
/// reason, so no accepted key is silently without effect.
/// </summary>
public static class IneffectiveKeys
{
    public static void Check(MappingNode root, int centerCount, NodeReader r)
    {
        var policies = root["policies"] as MappingNode;
        if (centerCount == 1 && policies?["broker"] is { } broker)
        {
            r.Warn(broker, "'policies.broker' has no effect with one center: the broker only chooses between centers");
        }
        if (centerCount == 1 && root["network"] is { } network)
        {
            r.Warn(network, "'network' has no effect with one center: wide-area links join the regions of several centers");
        }
        var centers = (root["centers"] as SequenceNode)?.Items.OfType<MappingNode>().ToList() ?? [];
        if (centerCount == 1 && centers.Count == 1 && centers[0]["carbon_kg_per_kwh"] is { } carbon)
        {
            r.Warn(carbon, "'carbon_kg_per_kwh' has no effect with one center: give 'infrastructure.power.carbon_kg_per_kwh_by_hour' (24 values or one number) for carbon_kg");
        }
    }
}
