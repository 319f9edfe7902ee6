using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>A hub's power subsidy pays only on domestic chips, so a center that subsidizes must have a pool of them, or it would pay nothing.</summary>
public static class PowerSubsidyCheck
{
    public static void Check(Node? centersNode, IReadOnlyList<PoolCapacity>? pools, NodeReader r)
    {
        if (centersNode is not SequenceNode list || pools is null)
        {
            return;
        }
        for (var c = 0; c < list.Items.Count; c++)
        {
            if (list.Items[c] is not MappingNode center || center.Find("domestic_power_subsidy") is not { Value: ScalarNode value } entry
                || !double.TryParse(value.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var share) || share <= 0)
            {
                continue;
            }
            var own = pools.Where(p => p.CenterIndex == c).ToList();
            if (own.Count > 0 && !own.Any(p => p.Server.IsDomestic))
            {
                r.Error(entry.Key, $"'domestic_power_subsidy': no pool of center '{own[0].Center}' has domestic chips (server types {string.Join(", ", own.Select(p => p.Server.Name).Distinct())}), so the subsidy would never pay");
            }
        }
    }
}
