using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>The <c>centers</c> list. This version simulates exactly one center.</summary>
public static class CenterSection
{
    public static readonly string[] Keys = { "name", "region", "pue", "tariff", "racks" };

    public static readonly string[] TariffKeys = { "flat_yuan_per_kwh" };

    public static readonly string[] RackKeys = { "count", "servers_per_rack", "server", "uplink_gbps" };

    public const double DefaultUplinkGbps = 400;

    /// <summary>The one center; every entry is checked so all mistakes show, but more than one is an error.</summary>
    public static CenterSpec? Read(Node? node, IReadOnlyCollection<string>? serverTypes, NodeReader r)
    {
        var list = r.Sequence(node, "centers");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count == 0)
        {
            r.Error(list, "'centers' is empty; this version simulates exactly one center");
            return null;
        }
        var centers = list.Items.Select((item, i) => ReadCenter(item, $"centers[{i}]", serverTypes, r)).ToList();
        if (list.Items.Count > 1)
        {
            r.Error(list.Items[1], $"this version simulates exactly one center; 'centers' has {list.Items.Count}");
            return null;
        }
        return centers[0];
    }

    private static CenterSpec? ReadCenter(Node item, string context, IReadOnlyCollection<string>? serverTypes, NodeReader r)
    {
        var map = r.Mapping(item, context);
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, Keys);
        var name = r.String(r.Required(map, "name", context), "name");
        var region = NodeReader.Optional(map, "region") is { } reg ? r.String(reg, "region") : "";
        var pue = r.Number(r.Required(map, "pue", context), "pue", Bounds.AtLeast(1.0));

        double? tariff = null;
        var tariffMap = r.Mapping(r.Required(map, "tariff", context), "tariff");
        if (tariffMap is not null)
        {
            r.CheckKeys(tariffMap, $"{context}.tariff", TariffKeys);
            tariff = r.Number(r.Required(tariffMap, "flat_yuan_per_kwh", $"{context}.tariff"), "flat_yuan_per_kwh", Bounds.AtLeast(0));
        }

        var racks = ReadRacks(r.Mapping(r.Required(map, "racks", context), "racks"), $"{context}.racks", serverTypes, r);
        if (name is null || region is null || pue is null || tariff is null || racks is null)
        {
            return null;
        }
        return new CenterSpec(name, region, pue.Value, tariff.Value, racks);
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
        var uplink = NodeReader.Optional(map, "uplink_gbps") is { } u ? r.Number(u, "uplink_gbps", Bounds.Positive) : DefaultUplinkGbps;
        if (count is null || perRack is null || server is null || uplink is null)
        {
            return null;
        }
        return new RackSpec(count.Value, perRack.Value, server, uplink.Value);
    }
}
