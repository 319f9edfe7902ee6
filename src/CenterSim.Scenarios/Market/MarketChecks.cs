using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>Rules between sections: market keys of tenants and the cost-plus price need a <c>market</c> section.</summary>
public static class MarketChecks
{
    /// <param name="pools">the center's pools, when known: reservations must fit in them, domestic-only vouchers need domestic chips</param>
    public static void Check(MappingNode root, MarketSpec? market, bool marketOk, PoliciesSpec? policies, NodeReader r, IReadOnlyList<PoolCapacity>? pools = null)
    {
        CheckContracts(root, policies, r, pools?.Sum(p => p.Chips));
        CheckDomesticOnly(root, market, pools, r);
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
        if (policies?.Pricing.Name == "cost-plus")
        {
            var at = (root["policies"] as MappingNode)?["pricing"] ?? root;
            r.Error(at, "pricing 'cost-plus' needs a 'market' section for the provider's costs (e.g. market: { period: 30d, lifetime_years: 5 })");
        }
        if (policies?.Pricing.Name is "spot" or "committed")
        {
            var at = (root["policies"] as MappingNode)?["pricing"] ?? root;
            r.Error(at, $"pricing '{policies.Pricing.Name}' needs a 'market' section: it is sold through the market (e.g. market: {{ period: 30d }})");
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
    /// A tenant's <c>spot</c> key needs pricing <c>spot</c>, its <c>committed_chips</c> pricing <c>committed</c>;
    /// all tenants' reserved chips together must fit in the center.
    /// </summary>
    private static void CheckContracts(MappingNode root, PoliciesSpec? policies, NodeReader r, int? totalChips)
    {
        if (policies is null || root["tenants"] is not SequenceNode tenants)
        {
            return;
        }
        var pricing = policies.Pricing.Name;
        long reserved = 0;
        MappingEntry? last = null;
        foreach (var item in tenants.Items.OfType<MappingNode>())
        {
            if (item.Find("spot") is { } spot && pricing != "spot")
            {
                r.Error(spot.Key, $"'spot' needs pricing 'spot' (e.g. pricing: {{ name: spot, yuan_per_chip_hour: 10, spot_discount: 0.5 }}), not '{pricing}'");
            }
            if (item.Find("committed_chips") is { } committed)
            {
                if (pricing != "committed")
                {
                    r.Error(committed.Key, $"'committed_chips' needs pricing 'committed' (e.g. pricing: {{ name: committed, yuan_per_chip_hour: 10, committed_discount: 0.3 }}), not '{pricing}'");
                }
                else if (committed.Value is ScalarNode s && long.TryParse(s.Value, out var chips))
                {
                    var count = item["count"] is ScalarNode c && long.TryParse(c.Value, out var n) ? n : 1;
                    reserved += chips * count;
                    last = committed;
                }
            }
        }
        if (last is not null && totalChips is { } total && reserved > total)
        {
            r.Error(last.Value, $"tenants reserve {reserved} chips in all (committed_chips x count), more than the center's {total}");
        }
    }
}
