using CenterSim.Model.Network;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Network;

/// <summary>
/// The optional <c>network</c> section of a scenario with several centers: the wide-area links between
/// the centers' regions, each <c>{ between: [a, b], gbps, latency_ms, yuan_per_gb }</c>. Regions without
/// a link between them are islands: data cannot move from one to the other.
/// </summary>
public static class NetworkSection
{
    public static readonly string[] Keys = { "links" };

    public static readonly string[] LinkKeys = { "between", "gbps", "latency_ms", "yuan_per_gb" };

    /// <summary>
    /// The links in file order; empty when there are none, null when any has a mistake.
    /// <paramref name="regions"/> (the centers' regions, null when unknown) are what a link may join.
    /// </summary>
    public static IReadOnlyList<WanLinkSpec>? Read(MappingNode root, int centerCount, IReadOnlyList<string>? regions, NodeReader r)
    {
        var node = NodeReader.Optional(root, "network");
        if (node is null)
        {
            return Array.Empty<WanLinkSpec>();
        }
        if (centerCount == 1)
        {
            r.Error(root.Find("network")!.Key, "'network' needs at least two centers: it links the regions of the centers");
            return null;
        }
        var map = r.Mapping(node, "network");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "network", Keys);
        var linksNode = NodeReader.Optional(map, "links");
        var list = r.Sequence(linksNode, "links");
        if (list is null)
        {
            return linksNode is null ? Array.Empty<WanLinkSpec>() : null;
        }
        var linked = new Dictionary<(string, string), Node>();
        var links = list.Items.Select((item, i) => ReadLink(item, $"network.links[{i}]", regions, linked, r)).ToList();
        return links.Any(l => l is null) ? null : links.Select(l => l!).ToList();
    }

    private static WanLinkSpec? ReadLink(Node item, string context, IReadOnlyList<string>? regions, Dictionary<(string, string), Node> linked, NodeReader r)
    {
        var map = r.Mapping(item, context);
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, LinkKeys);
        var ends = ReadBetween(r.Required(map, "between", context), regions, linked, r);
        var gbps = r.Number(r.Required(map, "gbps", context), "gbps", PhysicalLimits.LinkGbps);
        var latency = r.Number(r.Required(map, "latency_ms", context), "latency_ms", Bounds.AtLeast(0));
        var fee = NodeReader.Optional(map, "yuan_per_gb") is { } f ? r.Number(f, "yuan_per_gb", Bounds.AtLeast(0)) : 0;
        if (ends is null || gbps is null || latency is null || fee is null)
        {
            return null;
        }
        return new WanLinkSpec(ends.Value.From, ends.Value.To, gbps.Value, latency.Value, fee.Value);
    }

    /// <summary>Two different regions of centers, not linked before (in either order).</summary>
    private static (string From, string To)? ReadBetween(Node? node, IReadOnlyList<string>? regions, Dictionary<(string, string), Node> linked, NodeReader r)
    {
        var list = r.Sequence(node, "between");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count != 2)
        {
            r.Error(list, $"'between': expected two regions (e.g. [east, west]), found {list.Items.Count}");
            return null;
        }
        var from = CenterSection.ReadRegion(list.Items[0], "between", regions, r);
        var to = CenterSection.ReadRegion(list.Items[1], "between", regions, r);
        if (from is null || to is null)
        {
            return null;
        }
        if (from == to)
        {
            r.Error(list.Items[1], $"'between': a link joins two different regions, not '{from}' to itself");
            return null;
        }
        var pair = string.CompareOrdinal(from, to) < 0 ? (from, to) : (to, from);
        if (linked.TryGetValue(pair, out var first))
        {
            r.Error(list, $"'between': '{from}' and '{to}' are already linked (line {first.Line}); give each pair of regions one link");
            return null;
        }
        linked[pair] = list;
        return (from, to);
    }
}
