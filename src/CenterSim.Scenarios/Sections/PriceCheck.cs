using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A price is always written down: every center needs <c>policies.pricing</c>, a <c>pricing</c> of its
/// own or one on every pool, otherwise revenue and profit would silently be computed at 0 yuan per chip-hour.
/// </summary>
public static class PriceCheck
{
    public const string Example = "'pricing: { name: fixed, yuan_per_chip_hour: 10 }' (0 when money does not matter to the study)";

    public static void Check(MappingNode root, NodeReader r)
    {
        if (NodeReader.Optional(root["policies"] as MappingNode, "pricing") is not null)
        {
            return;
        }
        var centers = (root["centers"] as SequenceNode)?.Items.OfType<MappingNode>().ToList() ?? [];
        // A center is priced by its own 'pricing', or when every one of its pools has one.
        var unpriced = centers.Where(c => NodeReader.Optional(c, "pricing") is null
            && !(c["pools"] is SequenceNode { Items.Count: > 0 } pools && pools.Items.All(p => NodeReader.Optional(p as MappingNode, "pricing") is not null))).ToList();
        // Without centers there is nothing to price (the missing 'centers' is reported on its own).
        if (centers.Count == 0 || unpriced.Count == 0)
        {
            return;
        }
        var at = root["policies"] ?? root;
        var which = centers.Count > 1 ? $" ({unpriced.Count} of {centers.Count} centers have no 'pricing' of their own)" : "";
        r.Error(at, $"'policies.pricing' is missing{which}: CenterSim never assumes a price; write {Example}");
    }
}
