using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// The <c>centers</c> list: one center, or several in named regions (a network scenario, see
/// <see cref="Network.NetworkSection"/>).
/// </summary>
public static class CenterSection
{
    public static readonly string[] Keys = { "name", "region", "pue", "tariff", "racks", "pools", "carbon_kg_per_kwh", "pricing", "domestic_power_subsidy" };



    /// <summary>
    /// Every center, in file order; null when any has a mistake (every entry is still checked, so all show).
    /// <paramref name="pools"/> are the centers' pools (with their names, without pricing), known even when
    /// a center has a mistake elsewhere, so the checks that depend on them still run; null when any
    /// center's pools are unreadable.
    /// </summary>
    /// <param name="loadPue">the PUE at full load of a load-dependent PUE (<c>infrastructure.power.pue_at_idle</c> and
    /// <c>pue_at_full</c>); it then stands for every center's <c>pue</c>, which is optional and has no effect</param>
    public static IReadOnlyList<CenterSpec>? Read(Node? node, IReadOnlyCollection<string>? serverTypes, LoadPue? loadPue, NodeReader r,
        out IReadOnlyList<(string Center, IReadOnlyList<PoolSpec> Pools)>? pools)
    {
        pools = null;
        var list = r.Sequence(node, "centers");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count == 0)
        {
            r.Error(list, "'centers' needs at least one center");
            return null;
        }
        var several = list.Items.Count > 1;
        var read = list.Items.Select((item, i) => ReadCenter(item, $"centers[{i}]", several, serverTypes, loadPue, r)).ToList();
        CheckUniqueNames(list, r);
        pools = read.Any(c => c.Pools is null) ? null : read.Select((c, i) => (c.Name ?? $"centers[{i}]", c.Pools!)).ToList();
        return read.Any(c => c.Center is null) ? null : read.Select(c => c.Center!).ToList();
    }

    /// <summary>How many centers the file lists (0 when <c>centers</c> is missing or not a list).</summary>
    public static int CountOf(Node? node) => node is SequenceNode list ? list.Items.Count : 0;

    /// <summary>
    /// The distinct regions the centers are written in, read straight from the tree so a center with another
    /// mistake still counts; null when any center's region is unreadable or, with several centers, missing
    /// (checks against the regions are then skipped). A lone center without <c>region</c> is in region "".
    /// </summary>
    public static IReadOnlyList<string>? RegionsOf(Node? node)
    {
        if (node is not SequenceNode { Items.Count: > 0 } list)
        {
            return null;
        }
        var regions = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not MappingNode map)
            {
                return null;
            }
            switch (NodeReader.Optional(map, "region"))
            {
                case null when list.Items.Count == 1:
                    regions.Add("");
                    break;
                case ScalarNode s:
                    regions.Add(s.Value);
                    break;
                default:
                    return null;
            }
        }
        return regions.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A region some center is in; null (reported) otherwise. Unchecked when <paramref name="regions"/> is null.</summary>
    public static string? ReadRegion(Node node, string label, IReadOnlyList<string>? regions, NodeReader r)
    {
        var region = r.String(node, label);
        if (region is null || regions is null || regions.Contains(region))
        {
            return region;
        }
        var named = regions.Where(g => g.Length > 0).ToList();
        var hint = named.Count == 0 ? "; the center has no 'region'" : Suggestions.HintWithList(region, named);
        r.Error(node, $"'{label}': no center is in region '{region}'{hint}");
        return null;
    }

    private static void CheckUniqueNames(SequenceNode list, NodeReader r)
    {
        var seen = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var nameNode in list.Items.OfType<MappingNode>().Select(m => NodeReader.Optional(m, "name")).OfType<ScalarNode>())
        {
            if (seen.TryGetValue(nameNode.Value, out var first))
            {
                r.Error(nameNode, $"duplicate center name '{nameNode.Value}' (first defined at line {first.Line})");
            }
            else
            {
                seen[nameNode.Value] = nameNode;
            }
        }
    }

    private static (CenterSpec? Center, string? Name, IReadOnlyList<PoolSpec>? Pools) ReadCenter(Node item, string context, bool several, IReadOnlyCollection<string>? serverTypes, LoadPue? loadPue, NodeReader r)
    {
        var map = r.Mapping(item, context);
        if (map is null)
        {
            return (null, null, null);
        }
        r.CheckKeys(map, context, Keys);
        var name = r.String(r.Required(map, "name", context), "name");
        // With several centers every center sits in a region: tenants, links and the broker refer to it.
        var region = several
            ? r.String(r.Required(map, "region", context), "region")
            : NodeReader.Optional(map, "region") is { } reg ? r.String(reg, "region") : "";
        var pue = loadPue is null ? r.Number(r.Required(map, "pue", context), "pue", PhysicalLimits.Pue) : loadPue.Full;
        if (loadPue is not null && map.Find("pue") is { } ignored)
        {
            r.Warn(ignored.Key, "'pue' has no effect: 'infrastructure.power.pue_at_idle' and 'pue_at_full' give the PUE at every load (and 'pue_at_full' wherever a full-load figure is needed: cost-plus prices, carbon estimates, serving energy); remove it");
        }

        double? tariff = null;
        var tariffMap = r.Mapping(r.Required(map, "tariff", context), "tariff");
        if (tariffMap is not null)
        {
            tariff = TariffSection.Read(tariffMap, $"{context}.tariff", r).Flat;
            if (several && tariffMap[TariffSection.Hourly] is { } hourly)
            {
                r.Error(hourly, $"'{context}.tariff': hourly prices need a single center; give each center of a network 'flat_yuan_per_kwh'");
            }
        }

        var pools = PoolSection.Read(map, context, serverTypes, r, out var bare);
        var carbonNode = NodeReader.Optional(map, "carbon_kg_per_kwh");
        var carbon = carbonNode is null ? null : r.Number(carbonNode, "carbon_kg_per_kwh", Bounds.AtLeast(0));
        var pricingNode = NodeReader.Optional(map, "pricing");
        var pricing = pricingNode is null ? null : ReadPricing(pricingNode, "center", r);
        // The hub's subsidy of the electricity bill, for domestic-chip servers only (up to half, data notes).
        var subsidyNode = NodeReader.Optional(map, "domestic_power_subsidy");
        var subsidy = subsidyNode is null ? 0 : r.Number(subsidyNode, "domestic_power_subsidy", Bounds.Between(0, 1));
        if (name is null || region is null || pue is null || tariff is null || pools is null || subsidy is null
            || (carbonNode is not null && carbon is null) || (pricingNode is not null && pricing is null))
        {
            return (null, name, bare);
        }
        var center = new CenterSpec(name, region, pue.Value, tariff.Value, pools[0].Racks)
        {
            CarbonKgPerKwh = carbon,
            Pricing = pricing,
            Pools = pools,
            DomesticPowerSubsidy = subsidy.Value,
        };
        return (center, name, bare);
    }

    /// <summary>A center's or a pool's own pricing (<paramref name="owner"/>): any pricing policy that is not sold through the market.</summary>
    public static PolicyChoice? ReadPricing(Node node, string owner, NodeReader r)
    {
        var pricing = PolicySection.ReadChipHourPricing(node, null, r);
        if (pricing is not null && PolicyCatalog.Pricing.WhyNeeds(pricing.Name, "market") is not null)
        {
            var allowed = string.Join(", ", PolicySection.PricingNames(p => p.PricesChipHours).Where(n => PolicyCatalog.Pricing.WhyNeeds(n, "market") is null));
            r.Error(node, $"a {owner}'s own 'pricing' cannot be '{pricing.Name}': it is sold through the market, which only 'policies.pricing' can set; valid: {allowed}");
            return null;
        }
        return pricing;
    }
}
