using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Market;

/// <summary>
/// The optional <c>market</c> section: the period, the provider's costs, a voucher program (a preset
/// and/or explicit rules) and the no-vouchers counterfactual. In a network, <c>vouchers</c> may instead
/// be a list of agencies (<see cref="AgencySection"/>), one per issuing city or province.
/// </summary>
public static class MarketSection
{
    public static readonly string[] Keys = { "period", "lifetime_years", "operations_yuan_per_server_year", "vouchers", "counterfactual" };

    public static readonly string[] VoucherKeys =
    {
        "preset", "allocation", "pool_yuan_per_year", "cap_yuan_per_tenant_per_year", "share", "domestic_share",
        "share_by_category", "eligible_categories", "eligible_regions", "domestic_only", "expires",
        "serving_bills", "misuse_share", "audit_detection", "audit_cost_yuan",
    };

    public static readonly string[] Counterfactuals = { "none", "no-vouchers" };

    /// <summary>
    /// The market, or null when absent; <paramref name="ok"/> is false when it had mistakes.
    /// <paramref name="network"/> (null with one center) is what a list of agencies may refer to.
    /// </summary>
    public static MarketSpec? Read(Node? node, NodeReader r, out bool ok, AgencySection.Places? network = null)
    {
        ok = true;
        if (node is null)
        {
            return null;
        }
        var map = r.Mapping(node, "market");
        if (map is null)
        {
            ok = false;
            return null;
        }
        r.CheckKeys(map, "market", Keys);
        var period = r.Duration(r.Required(map, "period", "market"), "period", Bounds.Positive);
        var lifetime = NodeReader.Optional(map, "lifetime_years") is { } l ? r.Number(l, "lifetime_years", Bounds.Positive) : EconomicsSpec.Default.LifetimeYears;
        var ops = NodeReader.Optional(map, "operations_yuan_per_server_year") is { } o
            ? r.Number(o, "operations_yuan_per_server_year", Bounds.AtLeast(0))
            : EconomicsSpec.Default.OperationsYuanPerServerYear;
        var vouchersNode = NodeReader.Optional(map, "vouchers");
        IReadOnlyList<VoucherProgramSpec>? agencies = Array.Empty<VoucherProgramSpec>();
        VoucherProgramSpec? vouchers = null;
        var vouchersOk = true;
        if (vouchersNode is SequenceNode list)
        {
            agencies = AgencySection.Read(list, network, r);
            vouchersOk = agencies is not null;
        }
        else if (vouchersNode is not null)
        {
            vouchers = ReadVouchers(vouchersNode, r);
            vouchersOk = vouchers is not null;
        }
        var counterfactual = false;
        var cfOk = true;
        if (NodeReader.Optional(map, "counterfactual") is { } cf)
        {
            var text = r.String(cf, "counterfactual");
            if (text is not null && !Counterfactuals.Contains(text))
            {
                r.Error(cf, $"unknown counterfactual '{text}'{Suggestions.HintWithList(text, Counterfactuals)}");
                cfOk = false;
            }
            else if (text == "no-vouchers" && vouchersNode is null)
            {
                r.Error(cf, "'counterfactual: no-vouchers' needs a 'vouchers' program to leave out");
                cfOk = false;
            }
            counterfactual = text == "no-vouchers";
            cfOk &= text is not null;
        }
        if (period is null || lifetime is null || ops is null || !vouchersOk || !cfOk)
        {
            ok = false;
            return null;
        }
        return new MarketSpec(period.Value, new EconomicsSpec(lifetime.Value, ops.Value), vouchers, counterfactual) { Agencies = agencies! };
    }

    /// <summary>One program: <c>market.vouchers</c>, or an agency of the list (<paramref name="ctx"/>, with its own keys besides).</summary>
    internal static VoucherProgramSpec? ReadVouchers(Node node, NodeReader r, string ctx = "market.vouchers", IReadOnlyList<string>? extraKeys = null)
    {
        var map = r.Mapping(node, "vouchers");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, ctx, extraKeys is null ? VoucherKeys : VoucherKeys.Concat(extraKeys).ToArray());
        var ok = true;
        VoucherPreset? preset = null;
        if (NodeReader.Optional(map, "preset") is { } p)
        {
            var name = r.String(p, "preset");
            if (name is not null && !VoucherPresets.All.TryGetValue(name, out preset))
            {
                r.Error(p, $"unknown voucher preset '{name}'{Suggestions.HintWithList(name, VoucherPresets.All.Keys.ToList())}");
            }
            ok &= preset is not null;
        }
        var allocation = PolicySection.ReadChoice(NodeReader.Optional(map, "allocation"), PolicyCatalog.VoucherAllocation,
            Model.Scenario.PolicyChoice.Named("equal-split"), r);
        var pool = NumberOr(map, "pool_yuan_per_year", preset?.PoolYuanPerYear, Bounds.AtLeast(0), r, ref ok);
        var cap = NumberOr(map, "cap_yuan_per_tenant_per_year", preset?.CapYuanPerTenantPerYear ?? double.PositiveInfinity, Bounds.Positive, r, ref ok);
        var share = NumberOr(map, "share", preset?.Share, Bounds.Between(0, 1), r, ref ok);
        var domesticShare = NumberOr(map, "domestic_share", preset?.DomesticShare ?? double.NaN, Bounds.Between(0, 1), r, ref ok);
        var byCategory = new Dictionary<TenantCategory, double>(preset?.ShareByCategory ?? new Dictionary<TenantCategory, double>());
        if (NodeReader.Optional(map, "share_by_category") is { } sbc && r.Mapping(sbc, "share_by_category") is { } sbcMap)
        {
            foreach (var entry in sbcMap.Entries)
            {
                var category = Category(entry.Key, entry.Name, r);
                var value = r.Number(entry.Value, entry.Name, Bounds.Between(0, 1));
                ok &= category is not null && value is not null;
                if (category is not null && value is not null)
                {
                    byCategory[category.Value] = value.Value;
                }
            }
        }
        List<TenantCategory>? categories = null;
        if (NodeReader.Optional(map, "eligible_categories") is { } ec && r.Sequence(ec, "eligible_categories") is { } ecList)
        {
            categories = new List<TenantCategory>();
            foreach (var item in ecList.Items)
            {
                var category = Category(item, r.String(item, "eligible_categories"), r);
                ok &= category is not null;
                if (category is not null)
                {
                    categories.Add(category.Value);
                }
            }
        }
        List<string>? regions = null;
        if (NodeReader.Optional(map, "eligible_regions") is { } er && r.Sequence(er, "eligible_regions") is { } erList)
        {
            regions = erList.Items.Select(i => r.String(i, "eligible_regions") ?? "").ToList();
        }
        var domesticOnly = NodeReader.Optional(map, "domestic_only") is { } d ? r.Bool(d, "domestic_only") : false;
        var expires = NodeReader.Optional(map, "expires") is { } e ? r.Bool(e, "expires") : true;
        // Off unless written: a program pays inference services' bills only when it says so.
        var servingBills = NodeReader.Optional(map, "serving_bills") is { } sb ? r.Bool(sb, "serving_bills") : false;
        var misuse = NumberOr(map, "misuse_share", 0, Bounds.Between(0, 1), r, ref ok);
        var detection = NumberOr(map, "audit_detection", 0, Bounds.Between(0, 1), r, ref ok);
        var auditCost = NumberOr(map, "audit_cost_yuan", 0, Bounds.AtLeast(0), r, ref ok);
        if (pool is null && NodeReader.Optional(map, "pool_yuan_per_year") is null)
        {
            r.Error(map, preset is null
                ? $"missing 'pool_yuan_per_year' in {ctx} (the yearly voucher pool, yuan)"
                : $"preset '{preset.Name}' publishes no pool: give 'pool_yuan_per_year' in {ctx}");
            ok = false;
        }
        if (share is null && NodeReader.Optional(map, "share") is null && preset is null)
        {
            r.Error(map, $"missing 'share' in {ctx} (share of each bill a voucher covers, 0..1) or a 'preset'");
            ok = false;
        }
        if (!ok || allocation is null || pool is null || cap is null || share is null || domesticShare is null || misuse is null
            || detection is null || auditCost is null || domesticOnly is null || expires is null || servingBills is null)
        {
            return null;
        }
        return new VoucherProgramSpec(preset?.Name ?? "custom", allocation, pool.Value, cap.Value, share.Value,
            double.IsNaN(domesticShare.Value) ? null : domesticShare, byCategory, categories, regions, domesticOnly.Value, expires.Value,
            misuse.Value, detection.Value, auditCost.Value)
        { CoversServing = servingBills.Value };
    }

    /// <summary>The key's number if given (checked), else the fallback; null fallback with no key stays null.</summary>
    private static double? NumberOr(MappingNode map, string key, double? fallback, Bounds bounds, NodeReader r, ref bool ok)
    {
        if (NodeReader.Optional(map, key) is not { } node)
        {
            return fallback;
        }
        var value = r.Number(node, key, bounds);
        ok &= value is not null;
        return value;
    }

    private static TenantCategory? Category(Node node, string? text, NodeReader r)
    {
        if (text is null)
        {
            return null;
        }
        if (TenantSection.Categories.TryGetValue(text, out var category))
        {
            return category;
        }
        r.Error(node, $"unknown tenant category '{text}'{Suggestions.HintWithList(text, TenantSection.Categories.Keys.ToList())}");
        return null;
    }
}
