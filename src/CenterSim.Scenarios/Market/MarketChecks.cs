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
    }
}
