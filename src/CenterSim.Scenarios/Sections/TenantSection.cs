using CenterSim.Model.Market;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>The <c>tenants</c> list: groups of identical tenants and their training workload.</summary>
public static class TenantSection
{
    public static readonly string[] Keys = new[] { "group", "count", "category", "budget_yuan", "training", "region" }.Concat(Market.TenantMarketSection.Keys).ToArray();

    public static readonly string[] TrainingKeys = { "arrivals_per_hour", "chips", "chip_hours", "input_gb", "runtime_estimate" };

    public static readonly string[] ChipChoiceKeys = { "values", "weights" };

    /// <summary>YAML names of <see cref="TenantCategory"/> values.</summary>
    public static readonly IReadOnlyDictionary<string, TenantCategory> Categories = new Dictionary<string, TenantCategory>
    {
        ["startup"] = TenantCategory.Startup,
        ["sme"] = TenantCategory.Sme,
        ["enterprise"] = TenantCategory.Enterprise,
        ["university"] = TenantCategory.University,
        ["research"] = TenantCategory.Research,
        ["key_project"] = TenantCategory.KeyProject,
    };

    /// <summary>Tenant groups; <paramref name="rules"/> bound the job sizes and the regions.</summary>
    public static IReadOnlyList<TenantGroupSpec>? Read(Node? node, TenantRules rules, NodeReader r)
    {
        var list = r.Sequence(node, "tenants");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count == 0)
        {
            r.Error(list, "'tenants' needs at least one tenant group");
            return null;
        }
        var groups = new List<TenantGroupSpec>();
        var seen = new UniqueNames("tenant group");
        var ok = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var group = ReadGroup(list.Items[i], $"tenants[{i}]", rules, seen, r);
            ok &= group is not null;
            if (group is not null)
            {
                groups.Add(group);
            }
        }
        return ok ? groups : null;
    }

    private static TenantGroupSpec? ReadGroup(Node item, string context, TenantRules rules, UniqueNames seen, NodeReader r)
    {
        var map = r.Mapping(item, context);
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, Keys);
        var groupNode = r.Required(map, "group", context);
        var group = seen.Claim(r.String(groupNode, "group"), groupNode, r);
        var count = NodeReader.Optional(map, "count") is { } c ? r.Int(c, "count", 1) : 1;
        var category = ReadCategory(r.Required(map, "category", context), r);
        double? budget = null;
        var budgetOk = true;
        if (NodeReader.Optional(map, "budget_yuan") is { } b)
        {
            budget = r.Number(b, "budget_yuan", Bounds.AtLeast(0));
            budgetOk = budget is not null;
        }
        var market = Market.TenantMarketSection.Read(map, r, out var marketOk);
        marketOk &= CheckReach(map, market, rules, r);
        var training = ReadTraining(r.Mapping(r.Required(map, "training", context), "training"), $"{context}.training", rules.Limit(market), r);
        // With several centers the broker starts from the group's home region, so it must name one.
        var regionNode = rules.Several ? r.Required(map, "region", context) : NodeReader.Optional(map, "region");
        var region = regionNode is null ? null : CenterSection.ReadRegion(regionNode, "region", rules.Regions, r);
        if (group is null || count is null || category is null || !budgetOk || training is null || !marketOk
            || (rules.Several && region is null) || (regionNode is not null && region is null))
        {
            return null;
        }
        return new TenantGroupSpec(group, count.Value, category.Value, budget, training) { Market = market, Region = region };
    }

    /// <summary>A group that runs on its own ecosystems only must find one of them among the pools; reported at <c>ecosystems</c>.</summary>
    private static bool CheckReach(MappingNode map, TenantMarketSpec? market, TenantRules rules, NodeReader r)
    {
        if (!rules.Restricts(market) || rules.UsablePools(market) is not { Count: 0 })
        {
            return true;
        }
        var found = string.Join(", ", rules.Pools!.Select(p => p.Server.Ecosystem).Distinct(StringComparer.OrdinalIgnoreCase));
        r.Error(map["ecosystems"]!, $"'ecosystems': no pool of the center runs {string.Join(", ", market!.Ecosystems!)} (they run {found}) and the group has no 'porting_cost_share', so none of its jobs could run; add one or an ecosystem of the center");
        return false;
    }

    private static TenantCategory? ReadCategory(Node? node, NodeReader r)
    {
        var text = r.String(node, "category");
        if (text is null)
        {
            return null;
        }
        var match = Categories.Keys.FirstOrDefault(k => k.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            r.Error(node!, $"unknown tenant category '{text}'{Suggestions.HintWithList(text, Categories.Keys.ToList())}");
            return null;
        }
        return Categories[match];
    }

    /// <param name="limit">the largest job the group could run and why; null when unknown</param>
    private static TrainingWorkloadSpec? ReadTraining(MappingNode? map, string context, (int Most, string Why)? limit, NodeReader r)
    {
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, TrainingKeys);
        var rate = r.Number(r.Required(map, "arrivals_per_hour", context), "arrivals_per_hour", Bounds.Positive);
        var chips = ReadChips(r.Required(map, "chips", context), context, limit, r);
        var work = DistributionSection.Read(r.Required(map, "chip_hours", context), "chip_hours", r);
        // A job may have no input data to move, so a size of 0 is allowed.
        var inputNode = NodeReader.Optional(map, "input_gb");
        var input = inputNode is null ? null : DistributionSection.Read(inputNode, "input_gb", r, Bounds.AtLeast(0));
        var estimate = RuntimeEstimateSection.Read(NodeReader.Optional(map, "runtime_estimate"), context, r);
        if (rate is null || chips is null || work is null || (inputNode is not null && input is null) || estimate is null)
        {
            return null;
        }
        return new TrainingWorkloadSpec(rate.Value, chips.Value.Sizes, chips.Value.Weights, work) { InputGb = input, RuntimeEstimate = estimate };
    }

    /// <summary>
    /// Gang sizes: a list (equally likely) or <c>{ values, weights }</c>. Weights are stored normalised to sum 1.
    /// </summary>
    private static (int[] Sizes, double[] Weights)? ReadChips(Node? node, string context, (int Most, string Why)? limit, NodeReader r)
    {
        if (node is null)
        {
            return null;
        }
        SequenceNode? values;
        SequenceNode? weightsNode = null;
        if (node is MappingNode map)
        {
            r.CheckKeys(map, $"{context}.chips", ChipChoiceKeys);
            values = r.Sequence(r.Required(map, "values", $"{context}.chips"), "values");
            weightsNode = r.Sequence(NodeReader.Optional(map, "weights"), "weights");
            if (weightsNode is null && NodeReader.Optional(map, "weights") is not null)
            {
                return null;
            }
        }
        else
        {
            values = r.Sequence(node, "chips");
        }
        if (values is null)
        {
            return null;
        }
        if (values.Items.Count == 0)
        {
            r.Error(values, "'chips' needs at least one job size");
            return null;
        }
        var ok = true;
        var sizes = new int[values.Items.Count];
        for (var i = 0; i < sizes.Length; i++)
        {
            var size = r.Int(values.Items[i], "chips", 1);
            if (size is not null && limit is { } l && size > l.Most)
            {
                r.Error(values.Items[i], $"a job on {size} chips could never run: {l.Why}");
                size = null;
            }
            ok &= size is not null;
            sizes[i] = size ?? 0;
        }
        var weights = Enumerable.Repeat(1.0, sizes.Length).ToArray();
        if (weightsNode is not null)
        {
            if (weightsNode.Items.Count != sizes.Length)
            {
                r.Error(weightsNode, $"'weights' has {weightsNode.Items.Count} entries but 'values' has {sizes.Length}; give one weight per size");
                return null;
            }
            for (var i = 0; i < weights.Length; i++)
            {
                var w = r.Number(weightsNode.Items[i], "weights", Bounds.Positive);
                ok &= w is not null;
                weights[i] = w ?? 0;
            }
        }
        if (!ok)
        {
            return null;
        }
        var sum = weights.Sum();
        return (sizes, weights.Select(w => w / sum).ToArray());
    }
}
