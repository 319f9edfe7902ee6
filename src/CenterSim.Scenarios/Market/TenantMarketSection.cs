using CenterSim.Model.Market;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>
/// The market keys of a tenant group (period budget, willingness to pay, ecosystems, porting, patience,
/// shrinking). They only mean something with a <c>market</c> section, which the converter checks.
/// </summary>
public static class TenantMarketSection
{
    public static readonly string[] Keys =
    {
        "budget_yuan_per_period", "willingness_yuan_per_chip_hour", "ecosystems", "porting_cost_share", "patience", "min_shrink_share", "spot", "committed_chips", "committed_center",
    };

    /// <summary>The group's market behaviour; null when it has none of the keys. <paramref name="ok"/> false on mistakes.</summary>
    public static TenantMarketSpec? Read(MappingNode map, NodeReader r, out bool ok)
    {
        ok = true;
        if (!Keys.Any(k => map.Find(k) is not null))
        {
            return null;
        }
        double? budget = null;
        if (NodeReader.Optional(map, "budget_yuan_per_period") is { } b)
        {
            budget = r.Number(b, "budget_yuan_per_period", Bounds.AtLeast(0));
            ok &= budget is not null;
            if (NodeReader.Optional(map, "budget_yuan") is not null)
            {
                r.Error(map.Find("budget_yuan_per_period")!.Key, "give either 'budget_yuan' (cash for the whole run) or 'budget_yuan_per_period', not both");
                ok = false;
            }
        }
        var willingnessNode = NodeReader.Optional(map, "willingness_yuan_per_chip_hour");
        var willingness = willingnessNode is null ? null : DistributionSection.Read(willingnessNode, "willingness_yuan_per_chip_hour", r);
        ok &= willingnessNode is null || willingness is not null;
        List<string>? ecosystems = null;
        if (NodeReader.Optional(map, "ecosystems") is { } e)
        {
            var list = r.Sequence(e, "ecosystems");
            ok &= list is not null;
            ecosystems = list?.Items.Select(i => r.String(i, "ecosystems") ?? "").ToList();
        }
        double? porting = null;
        if (NodeReader.Optional(map, "porting_cost_share") is { } pc)
        {
            porting = r.Number(pc, "porting_cost_share", Bounds.AtLeast(0));
            ok &= porting is not null;
        }
        var patience = NodeReader.Optional(map, "patience") is { } p ? r.Duration(p, "patience", Bounds.AtLeast(0)) : 0;
        var shrink = NodeReader.Optional(map, "min_shrink_share") is { } s ? r.Number(s, "min_shrink_share", Bounds.Between(0, 1)) : 1;
        ok &= patience is not null && shrink is not null;
        var spot = NodeReader.Optional(map, "spot") is { } sp ? r.Bool(sp, "spot") : false;
        ok &= spot is not null;
        var committed = NodeReader.Optional(map, "committed_chips") is { } cc ? r.Int(cc, "committed_chips", 1) : 0;
        ok &= committed is not null;
        var committedCenter = NodeReader.Optional(map, "committed_center") is { } at ? r.String(at, "committed_center") : null;
        ok &= NodeReader.Optional(map, "committed_center") is null || committedCenter is not null;
        return ok
            ? new TenantMarketSpec(budget, willingness, ecosystems, porting, patience!.Value / 3600, shrink!.Value) { Spot = spot!.Value, CommittedChips = committed!.Value, CommittedCenter = committedCenter }
            : null;
    }
}
