using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Market;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Network;

/// <summary>
/// What a scenario with several centers cannot use: a job-count stop, the market (its section, the
/// tenants' budgets and market keys, and pricing sold through it) and trace replay. Each is reported at
/// its own key.
/// </summary>
public static class NetworkChecks
{
    private const string Several = "a scenario with several centers";

    public static void Check(MappingNode root, PoliciesSpec? policies, NodeReader r)
    {
        ReportKey(root, "stop_after_jobs", $"'stop_after_jobs' is not supported by {Several}: give 'duration' (how long to simulate, e.g. '30d')", r);
        ReportKey(root, "market", $"a 'market' section is not supported by {Several}; remove it or simulate one center", r);
        ReportKey(root, "workload", $"'workload' (trace replay) is not supported by {Several}; generate the jobs with 'tenants'", r);
        if (root["tenants"] is SequenceNode tenants)
        {
            foreach (var item in tenants.Items.OfType<MappingNode>())
            {
                ReportKey(item, "budget_yuan", $"'budget_yuan' is not supported by {Several}; tenants there have no budget limit", r);
                foreach (var key in TenantMarketSection.Keys)
                {
                    ReportKey(item, key, $"'{key}' is a market key, and {Several} has no market", r);
                }
            }
        }
        if (policies is not null && PolicyCatalog.Pricing.WhyNeeds(policies.Pricing.Name, "market") is not null)
        {
            var at = (root["policies"] as MappingNode)?["pricing"] ?? root;
            r.Error(at, $"pricing '{policies.Pricing.Name}' needs the 'market' section, which {Several} does not support");
        }
    }

    /// <summary>Reports <paramref name="key"/> of <paramref name="map"/> at the key when it has a value.</summary>
    private static void ReportKey(MappingNode map, string key, string message, NodeReader r)
    {
        if (NodeReader.Optional(map, key) is not null)
        {
            r.Error(map.Find(key)!.Key, message);
        }
    }
}
