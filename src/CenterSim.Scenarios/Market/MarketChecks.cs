using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>Rules between sections: market keys of tenants and the cost-plus price need a <c>market</c> section.</summary>
public static class MarketChecks
{
    /// <param name="pools">the center's pools, when known: reservations must fit in them, domestic-only vouchers need domestic chips</param>
    /// <param name="several">a network: reserved chips are held at the center each tenant names</param>
    public static void Check(MappingNode root, MarketSpec? market, bool marketOk, PoliciesSpec? policies, NodeReader r, IReadOnlyList<PoolCapacity>? pools = null, bool several = false)
    {
        CheckContracts(root, policies, r, pools, several);
        CheckServerPrices(root, market, pools, r);
        CheckDomesticOnly(root, market, pools, r);
        CheckServingBills(root, market, r);
        if (market is not null || !marketOk)
        {
            return;
        }
        if (root["tenants"] is SequenceNode tenants)
        {
            foreach (var item in tenants.Items.OfType<MappingNode>())
            {
                foreach (var entry in item.Entries.Where(e => TenantMarketSection.Keys.Contains(e.Name)))
                {
                    r.Error(entry.Key, $"'{entry.Name}' needs a 'market' section (e.g. market: {{ period: 30d }})");
                }
            }
        }
        if (policies is not null && PolicyCatalog.Pricing.WhyNeeds(policies.Pricing.Name, "market") is { } why)
        {
            var at = (root["policies"] as MappingNode)?["pricing"] ?? root;
            r.Error(at, $"pricing '{policies.Pricing.Name}' needs a 'market' section: {why}");
        }
    }

    /// <summary>A program that pays serving bills in a scenario without inference services pays none: warned at the key.</summary>
    private static void CheckServingBills(MappingNode root, MarketSpec? market, NodeReader r)
    {
        if (market is null || root["serving"] is not null || (root["market"] as MappingNode)?["vouchers"] is not { } vouchers)
        {
            return;
        }
        var programs = vouchers is SequenceNode list ? list.Items.OfType<MappingNode>() : new[] { vouchers as MappingNode }.OfType<MappingNode>();
        foreach (var entry in programs.Select(p => p.Find("serving_bills")).OfType<MappingEntry>().Where(e => e.Value is ScalarNode { Value: "true" }))
        {
            r.Warn(entry.Key, "'serving_bills' has no effect: the scenario has no inference services (a 'serving' section)");
        }
    }

    /// <summary>
    /// With a market the provider's capital cost is its servers' price written off over their lifetime, so
    /// every server type a pool uses should state its price: a missing one counts as free, and is warned about.
    /// </summary>
    private static void CheckServerPrices(MappingNode root, MarketSpec? market, IReadOnlyList<PoolCapacity>? pools, NodeReader r)
    {
        if (market is null || pools is null || ((root["hardware"] as MappingNode)?["servers"] is not MappingNode servers))
        {
            return;
        }
        foreach (var type in pools.Select(p => p.Server.Name).Distinct())
        {
            var entry = servers.Entries.FirstOrDefault(e => e.Name == type);
            if (entry?.Value is MappingNode server && server["price_yuan"] is null)
            {
                r.Warn(entry.Key, $"server type '{type}' has no 'price_yuan': with a 'market' section its servers count as free in the provider's capital cost (write the price, or 0 if they cost the provider nothing)");
            }
        }
    }

    /// <summary>Vouchers that pay only on domestic chips need a pool of them, or none could ever be redeemed.</summary>
    private static void CheckDomesticOnly(MappingNode root, MarketSpec? market, IReadOnlyList<PoolCapacity>? pools, NodeReader r)
    {
        if (market?.Vouchers is not { DomesticOnly: true } || pools is null || pools.Any(p => p.Server.IsDomestic))
        {
            return;
        }
        var at = ((root["market"] as MappingNode)?["vouchers"] as MappingNode)?["domestic_only"] ?? root;
        var types = string.Join(", ", pools.Select(p => p.Server.Name).Distinct());
        r.Error(at, $"'domestic_only': no pool of the center has domestic chips (server types {types}), so no voucher could ever be redeemed");
    }

    /// <summary>
    /// A tenant key that a pricing policy gives its meaning (<c>spot</c>, <c>committed_chips</c>) needs such a
    /// pricing; all tenants' reserved chips together must fit in the center. In a network a tenant's reserved
    /// chips are held at one center, which <c>committed_center</c> names (required there, meaningless with one
    /// center), and each center's reservations must fit in it.
    /// </summary>
    private static void CheckContracts(MappingNode root, PoliciesSpec? policies, NodeReader r, IReadOnlyList<PoolCapacity>? pools, bool several)
    {
        if (policies is null || root["tenants"] is not SequenceNode tenants)
        {
            return;
        }
        var pricing = policies.Pricing.Name;
        var centers = pools?.Select(p => p.Center).Distinct().ToList();
        var reserved = new Dictionary<string, long>();
        var last = new Dictionary<string, MappingEntry>();
        foreach (var item in tenants.Items.OfType<MappingNode>())
        {
            if (item.Find("spot") is { } spot)
            {
                RequireReader(spot, pricing, r);
            }
            var at = item.Find("committed_center");
            if (at is not null && !several)
            {
                r.Error(at.Key, "'committed_center' has an effect only in a scenario with several centers: with one center the reserved chips are its own");
            }
            if (item.Find("committed_chips") is not { } committed)
            {
                if (at is not null && several)
                {
                    r.Error(at.Key, "'committed_center' names where the group's 'committed_chips' are held; give 'committed_chips' too");
                }
                continue;
            }
            if (!RequireReader(committed, pricing, r) || committed.Value is not ScalarNode s || !long.TryParse(s.Value, out var chips))
            {
                continue;
            }
            var center = centers?.FirstOrDefault() ?? "";
            if (several)
            {
                if (at is null)
                {
                    r.Error(committed.Key, $"'committed_chips' in a scenario with several centers needs 'committed_center': the center that holds the reserved chips{Valid(centers)}");
                    continue;
                }
                center = (at.Value as ScalarNode)?.Value ?? "";
                if (centers is not null && !centers.Contains(center))
                {
                    r.Error(at.Value, $"'committed_center': no center is named '{center}'{Valid(centers)}");
                    continue;
                }
            }
            var count = item["count"] is ScalarNode c && long.TryParse(c.Value, out var n) ? n : 1;
            reserved[center] = reserved.GetValueOrDefault(center) + chips * count;
            last[center] = committed;
        }
        foreach (var (center, chips) in reserved)
        {
            var total = pools?.Where(p => p.Center == center).Sum(p => (long)p.Chips);
            if (total is { } t && chips > t)
            {
                var where = several ? $"center '{center}''s" : "the center's";
                r.Error(last[center].Value, $"tenants reserve {chips} chips in all (committed_chips x count), more than {where} {t}");
            }
        }
    }

    private static string Valid(IReadOnlyList<string>? centers) => centers is null ? "" : $" (one of {string.Join(", ", centers)})";

    /// <summary>A tenant key only some pricing policies read: an error when the scenario's pricing is not one of them.</summary>
    private static bool RequireReader(MappingEntry entry, string pricing, NodeReader r)
    {
        var readers = PolicyCatalog.Pricing.ReadersOf(entry.Name);
        if (readers.Contains(pricing, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        r.Error(entry.Key, $"'{entry.Name}' has an effect only under pricing {string.Join(" or ", readers.Select(n => $"'{n}'"))}, not '{pricing}'");
        return false;
    }
}
