using CenterSim.Policies;
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
        TableOverridesTypes(root, centers, r);
        PriceWithoutMarket(root, r);
        if (centerCount == 1)
        {
            EstimatesUnread(root, r);
        }
    }

    /// <summary>A server type's price enters only the provider's capital cost, which the market's economics count.</summary>
    private static void PriceWithoutMarket(MappingNode root, NodeReader r)
    {
        if (NodeReader.Optional(root, "market") is not null || ((root["hardware"] as MappingNode)?["servers"]) is not MappingNode types)
        {
            return;
        }
        foreach (var price in types.Entries.Select(e => (e.Value as MappingNode)?.Find("price_yuan")).OfType<MappingEntry>())
        {
            r.Warn(price.Key, "'price_yuan' has no effect without a 'market' section: a server's price only enters the provider's capital cost, which the market's economics count (e.g. market: { period: 30d, lifetime_years: 5 })");
        }
    }

    /// <summary>
    /// Declared runtimes (exact or misestimated) are read only by the scheduling policies that say so in the
    /// registry, and by a network's broker; under any other policy a tenant group's estimate changes nothing.
    /// </summary>
    private static void EstimatesUnread(MappingNode root, NodeReader r)
    {
        var node = (root["policies"] as MappingNode)?["scheduling"];
        var scheduling = node is null ? PolicySection.DefaultScheduling : ((node as MappingNode)?["name"] as ScalarNode ?? node as ScalarNode)?.Value;
        var readers = PolicyCatalog.Scheduling.ReadersOf("runtime_estimate");
        if (scheduling is null || readers.Contains(scheduling, StringComparer.OrdinalIgnoreCase) || PolicyCatalog.Scheduling.Find(scheduling) is null)
        {
            return;
        }
        var tenants = (root["tenants"] as SequenceNode)?.Items.OfType<MappingNode>() ?? [];
        foreach (var estimate in tenants.Select(t => (t["training"] as MappingNode)?.Find("runtime_estimate")).OfType<MappingEntry>())
        {
            r.Warn(estimate.Key, $"'runtime_estimate' has no effect under scheduling '{scheduling}', which never reads declared runtimes; it matters under {string.Join(" or ", readers.Select(n => $"'{n}'"))}");
        }
    }

    /// <summary>A measured power table is every server's curve: the linear idle_w/peak_w of a server type that differ from it are not used.</summary>
    private static void TableOverridesTypes(MappingNode root, List<MappingNode> centers, NodeReader r)
    {
        var table = (((root["infrastructure"] as MappingNode)?["power"] as MappingNode)?["table_w"]) as MappingNode;
        if (table is null || ((root["hardware"] as MappingNode)?["servers"]) is not MappingNode types)
        {
            return;
        }
        static double? Number(Node? n) =>
            n is ScalarNode s && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        var (idle, peak) = (Number(table["idle"]), Number(table["peak"]));
        var used = Used(centers);
        var differing = types.Entries
            .Where(e => used.Contains(e.Name) && e.Value is MappingNode t && (Number(t["idle_w"]) != idle || Number(t["peak_w"]) != peak))
            .Select(e => e.Name).ToList();
        if (differing.Count > 0)
        {
            r.Warn(table, $"'table_w' is the power curve of every server: the idle_w and peak_w of server type{(differing.Count == 1 ? "" : "s")} '{string.Join("', '", differing)}' differ from it and have no effect");
        }
    }

    private static HashSet<string> Used(List<MappingNode> centers)
    {
        static string? ServerOf(MappingNode m) => ((m["racks"] as MappingNode)?["server"] as ScalarNode)?.Value;
        return centers.Select(ServerOf)
            .Concat(centers.SelectMany(c => (c["pools"] as SequenceNode)?.Items.OfType<MappingNode>() ?? []).Select(ServerOf))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A server type no center or pool has racks of: its figures (power, price) enter no result.</summary>
    private static void UnusedServerTypes(MappingNode root, List<MappingNode> centers, NodeReader r)
    {
        if (((root["hardware"] as MappingNode)?["servers"]) is not MappingNode types)
        {
            return;
        }
        var used = Used(centers);
        foreach (var entry in types.Entries.Where(e => !used.Contains(e.Name)))
        {
            r.Warn(entry.Key, $"server type '{entry.Name}' has no effect: no center or pool has racks of it");
        }
    }
}
