using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Network;

/// <summary>
/// What a scenario with several centers cannot use: without a <c>market</c> section, tenants' budgets
/// (each center would spend its own copy), each reported at its key.
/// </summary>
public static class NetworkChecks
{
    private const string Several = "a scenario with several centers";

    /// <param name="market">the scenario has a <c>market</c> section (read or not)</param>
    public static void Check(MappingNode root, bool market, NodeReader r)
    {
        if (!market && root["tenants"] is SequenceNode tenants)
        {
            foreach (var item in tenants.Items.OfType<MappingNode>())
            {
                ReportKey(item, "budget_yuan", $"'budget_yuan' in {Several} needs a 'market' section, whose book keeps each tenant's money across the centers", r);
            }
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
