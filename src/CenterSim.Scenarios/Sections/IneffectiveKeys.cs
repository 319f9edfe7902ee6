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
        var hourlyCarbon = ((root["infrastructure"] as MappingNode)?["power"] as MappingNode)?["carbon_kg_per_kwh_by_hour"];
        if (centerCount > 1 && hourlyCarbon is not null)
        {
            foreach (var c in centers.Select(c => c["carbon_kg_per_kwh"]).OfType<Node>())
            {
                r.Warn(c, "'carbon_kg_per_kwh' has no effect: 'infrastructure.power.carbon_kg_per_kwh_by_hour' gives every center's carbon intensity hour by hour");
            }
        }
        if (centerCount == 1)
        {
            var tenants = (root["tenants"] as SequenceNode)?.Items.OfType<MappingNode>() ?? [];
            foreach (var input in tenants.Select(t => (t["training"] as MappingNode)?["input_gb"]).OfType<Node>())
            {
                r.Warn(input, "'input_gb' has no effect with one center: a job's input data only moves when a broker sends it to another region's center");
            }
        }
        UnusedServerTypes(root, centers, r);
    }

    /// <summary>A server type no center or pool has racks of: its figures (power, price) enter no result.</summary>
    private static void UnusedServerTypes(MappingNode root, List<MappingNode> centers, NodeReader r)
    {
        if (((root["hardware"] as MappingNode)?["servers"]) is not MappingNode types)
        {
            return;
        }
        static string? ServerOf(MappingNode m) => ((m["racks"] as MappingNode)?["server"] as ScalarNode)?.Value;
        var used = centers.Select(ServerOf)
            .Concat(centers.SelectMany(c => (c["pools"] as SequenceNode)?.Items.OfType<MappingNode>() ?? []).Select(ServerOf))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var entry in types.Entries.Where(e => !used.Contains(e.Name)))
        {
            r.Warn(entry.Key, $"server type '{entry.Name}' has no effect: no center or pool has racks of it");
        }
    }
}
