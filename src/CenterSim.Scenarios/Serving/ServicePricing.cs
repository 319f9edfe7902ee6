using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Serving;

/// <summary>
/// Who pays a service's bills and at what price: its <c>pricing</c> is a pricing policy that prices tokens
/// (a chip-hour pricing is rejected, never read as 0 yuan per token), and with a <c>market</c> section its
/// <c>tenant</c> is the one tenant of a group, whose bills the market settles.
/// </summary>
public static class ServicePricing
{
    public static PolicyChoice? Read(Node? node, NodeReader r)
    {
        var pricing = PolicySection.ReadChoice(node, PolicyCatalog.Pricing, null, r);
        if (node is null || pricing is null || PolicyCatalog.Pricing.Create(pricing).PricesTokens)
        {
            return pricing;
        }
        var tokens = string.Join(", ", PolicySection.PricingNames(p => p.PricesTokens));
        r.Error(node, $"pricing '{pricing.Name}' prices chip-hours, not tokens: a service's 'pricing' must price its tokens; valid: {tokens} (e.g. {{ name: per-token, yuan_per_million_input_tokens: 2, yuan_per_million_output_tokens: 8 }})");
        return null;
    }

    /// <summary>The index of the service's tenant in <paramref name="index"/> (null when there is no market to bill through); false on a mistake.</summary>
    public static bool Tenant(MappingNode map, ScenarioSpec scenario, string context, NodeReader r, out int? index)
    {
        index = null;
        var node = NodeReader.Optional(map, "tenant");
        if (node is null)
        {
            if (scenario.Market is null)
            {
                return true;
            }
            r.Required(map, "tenant", context + " (with a 'market' section the market bills the service's tokens to a tenant: the group of one tenant that runs it)");
            return false;
        }
        var name = r.String(node, "tenant");
        if (name is null)
        {
            return false;
        }
        var first = 0;
        TenantGroupSpec? group = null;
        foreach (var g in scenario.Tenants)
        {
            if (g.Group == name)
            {
                group = g;
                break;
            }
            first += g.Count;
        }
        if (group is null)
        {
            r.Error(node, $"unknown tenant group '{name}'{Suggestions.HintWithList(name, scenario.Tenants.Select(g => g.Group).ToList())}");
            return false;
        }
        if (group.Count != 1)
        {
            r.Error(node, $"a service belongs to one tenant: group '{name}' has {group.Count} (give the service a group of count 1)");
            return false;
        }
        if (group.BudgetYuan is not null || group.Market?.BudgetYuanPerPeriod is not null)
        {
            r.Error(node, $"group '{name}' has a budget, but a service's bills are paid after its requests are served, whatever the budget: give the service's tenant no budget");
            return false;
        }
        if (scenario.Market is null)
        {
            r.Warn(node, "'tenant' has no effect without a 'market' section: no bill is settled (add e.g. market: { period: 30d })");
            return true;
        }
        index = first;
        return true;
    }
}
