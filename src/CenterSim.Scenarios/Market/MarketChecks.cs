using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>Rules between sections: market keys of tenants and the cost-plus price need a <c>market</c> section.</summary>
public static class MarketChecks
{
    public static void Check(MappingNode root, MarketSpec? market, bool marketOk, PoliciesSpec? policies, NodeReader r)
    {
        CheckSpot(root, policies, r);
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
        if (policies?.Pricing.Name == "spot")
        {
            var at = (root["policies"] as MappingNode)?["pricing"] ?? root;
            r.Error(at, "pricing 'spot' needs a 'market' section: spot is bought through the market (e.g. market: { period: 30d })");
        }
    }

    /// <summary>A tenant's <c>spot</c> key only means something under pricing <c>spot</c>.</summary>
    private static void CheckSpot(MappingNode root, PoliciesSpec? policies, NodeReader r)
    {
        if (policies is null || policies.Pricing.Name == "spot" || root["tenants"] is not SequenceNode tenants)
        {
            return;
        }
        foreach (var item in tenants.Items.OfType<MappingNode>())
        {
            if (item.Find("spot") is { } entry)
            {
                r.Error(entry.Key, $"'spot' needs pricing 'spot' (e.g. pricing: {{ name: spot, yuan_per_chip_hour: 10, spot_discount: 0.5 }}), not '{policies.Pricing.Name}'");
            }
        }
    }
}
