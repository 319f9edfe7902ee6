using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A center's hardware: <c>racks</c> of one server type, or <c>pools</c>, a list of
/// <c>{ name, racks, pricing }</c> each of one server type (exactly one of the two keys).
/// </summary>
public static class PoolSection
{
    public static readonly string[] Keys = { "name", "racks", "pricing" };

    public static readonly string[] RackKeys = { "count", "servers_per_rack", "server", "uplink_gbps" };

    public const double DefaultUplinkGbps = 400;

    /// <summary>
    /// The center's pools, pricing included; null when any has a mistake. <paramref name="racks"/> are the
    /// pools without their pricing, known whenever every pool's name and racks are readable (the checks
    /// that depend on the hardware then still run); null otherwise.
    /// </summary>
    public static IReadOnlyList<PoolSpec>? Read(MappingNode center, string context, IReadOnlyCollection<string>? serverTypes, NodeReader r, out IReadOnlyList<PoolSpec>? racks)
    {
        racks = null;
        var racksNode = NodeReader.Optional(center, "racks");
        var poolsNode = NodeReader.Optional(center, "pools");
        if (racksNode is null && poolsNode is null)
        {
            r.Error(center, $"missing 'racks' or 'pools' in {context}: give 'racks' (one server type) or 'pools' (a list of {{ name, racks }}, one server type each)");
            return null;
        }
        if (racksNode is not null && poolsNode is not null)
        {
            r.Error(center.Find("pools")!.Key, $"give either 'racks' or 'pools' in {context}, not both");
            return null;
        }
        if (racksNode is not null)
        {
            var single = ReadRacks(r.Mapping(racksNode, "racks"), $"{context}.racks", serverTypes, r);
            if (single is null)
            {
                return null;
            }
            // A center given with racks has one pool named after its server type, priced as the center.
            racks = new[] { new PoolSpec(single.ServerType, single) };
            return racks;
        }
        var list = r.Sequence(poolsNode, "pools");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count == 0)
        {
            r.Error(list, "'pools' needs at least one pool");
            return null;
        }
        var seen = new UniqueNames("pool name", "; pools of a center need different names");
        var read = list.Items.Select((item, i) => ReadPool(item, $"{context}.pools[{i}]", serverTypes, seen, r)).ToList();
        racks = read.Any(p => p.Racks is null) ? null : read.Select(p => p.Racks!).ToList();
        return read.Any(p => p.Pool is null) ? null : read.Select(p => p.Pool!).ToList();
    }

    private static (PoolSpec? Pool, PoolSpec? Racks) ReadPool(Node item, string context, IReadOnlyCollection<string>? serverTypes, UniqueNames seen, NodeReader r)
    {
        var map = r.Mapping(item, context);
        if (map is null)
        {
            return (null, null);
        }
        r.CheckKeys(map, context, Keys);
        var nameNode = r.Required(map, "name", context);
        var name = seen.Claim(r.String(nameNode, "name"), nameNode, r);
        var racks = ReadRacks(r.Mapping(r.Required(map, "racks", context), "racks"), $"{context}.racks", serverTypes, r);
        var pricingNode = NodeReader.Optional(map, "pricing");
        var pricing = pricingNode is null ? null : CenterSection.ReadPricing(pricingNode, "pool", r);
        if (name is null || racks is null)
        {
            return (null, null);
        }
        var bare = new PoolSpec(name, racks);
        return (pricingNode is not null && pricing is null ? null : bare with { Pricing = pricing }, bare);
    }

    private static RackSpec? ReadRacks(MappingNode? map, string context, IReadOnlyCollection<string>? serverTypes, NodeReader r)
    {
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, RackKeys);
        var count = r.Int(r.Required(map, "count", context), "count", 1);
        var perRack = r.Int(r.Required(map, "servers_per_rack", context), "servers_per_rack", 1);
        var serverNode = r.Required(map, "server", context);
        var server = r.String(serverNode, "server");
        if (server is not null && serverTypes is not null && !serverTypes.Contains(server))
        {
            r.Error(serverNode!, $"'server': no server type '{server}' in hardware.servers{Suggestions.HintWithList(server, serverTypes.ToList())}");
            server = null;
        }
        var uplink = NodeReader.Optional(map, "uplink_gbps") is { } u ? r.Number(u, "uplink_gbps", PhysicalLimits.LinkGbps) : DefaultUplinkGbps;
        if (count is null || perRack is null || server is null || uplink is null)
        {
            return null;
        }
        return new RackSpec(count.Value, perRack.Value, server, uplink.Value);
    }
}
