using CenterSim.Model.Scenario;
using CenterSim.Policies;
using CenterSim.Policies.Registry;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// The <c>policies</c> section. Each policy is a bare name (<c>fifo</c>) or a mapping
/// <c>{ name: fixed, yuan_per_chip_hour: 10 }</c>; names and parameters come from <see cref="PolicyCatalog"/>.
/// </summary>
public static class PolicySection
{
    public static readonly string[] Keys = { "scheduling", "placement", "pricing", "broker" };

    public const string DefaultScheduling = "fifo";

    public const string DefaultPlacement = "first-fit";

    public const string DefaultPricing = "fixed";

    public const string DefaultBroker = "local-only";

    /// <summary>
    /// Stands for an absent <c>policies.pricing</c> when every center has its own: it carries no price, so
    /// building it throws instead of charging 0 yuan (<see cref="PriceCheck"/> makes sure no center uses it).
    /// </summary>
    public static PolicyChoice NoPrice { get; } = PolicyChoice.Named(DefaultPricing);


    public static PoliciesSpec? Read(Node? node, NodeReader r)
    {
        var map = node is null ? null : r.Mapping(node, "policies");
        if (node is not null && map is null)
        {
            return null;
        }
        if (map is not null)
        {
            r.CheckKeys(map, "policies", Keys);
        }
        var scheduling = ReadChoice(NodeReader.Optional(map, "scheduling"), PolicyCatalog.Scheduling, WithDefaults(DefaultScheduling, PolicyCatalog.Scheduling), r);
        var placement = ReadChoice(NodeReader.Optional(map, "placement"), PolicyCatalog.Placement, WithDefaults(DefaultPlacement, PolicyCatalog.Placement), r);
        // A price is never assumed (PriceCheck reports a center left without one); see NoPrice.
        var pricing = ReadChipHourPricing(NodeReader.Optional(map, "pricing"), NoPrice, r);
        // Read with one center too, where it has no effect, so a file can switch between both kinds.
        var broker = ReadChoice(NodeReader.Optional(map, "broker"), PolicyCatalog.Broker, WithDefaults(DefaultBroker, PolicyCatalog.Broker), r);
        return scheduling is null || placement is null || pricing is null || broker is null
            ? null
            : new PoliciesSpec(scheduling, placement, pricing) { Broker = broker };
    }

    /// <summary>A pricing of chip-hours (of the scenario, a center or a pool): a policy that prices only tokens is rejected.</summary>
    public static PolicyChoice? ReadChipHourPricing(Node? node, PolicyChoice? fallback, NodeReader r)
    {
        var pricing = ReadChoice(node, PolicyCatalog.Pricing, fallback, r);
        if (node is not null && pricing is not null && !PolicyCatalog.Pricing.Create(pricing).PricesChipHours)
        {
            var allowed = string.Join(", ", PricingNames(p => p.PricesChipHours));
            r.Error(node, $"pricing '{pricing.Name}' prices an inference service's tokens (serving.services[].pricing), not chip-hours; a pool's or center's pricing is one of: {allowed}");
            return null;
        }
        return pricing;
    }

    /// <summary>The pricing policies that price what <paramref name="prices"/> asks, judged on each made with its defaults (a required parameter at its lower bound, or 0).</summary>
    public static IReadOnlyList<string> PricingNames(Func<CenterSim.Policies.Pricing.IPricingPolicy, bool> prices) =>
        PolicyCatalog.Pricing.Names.Where(name =>
        {
            var parameters = PolicyCatalog.Pricing.ParametersOf(name) ?? [];
            return prices(PolicyCatalog.Pricing.Create(new PolicyChoice(name, parameters.ToDictionary(p => p.Name, p => p.Default ?? Math.Max(p.Min, 0)))));
        }).ToList();

    /// <summary>A policy of <paramref name="catalog"/>, its parameters checked and defaults filled in.</summary>
    public static PolicyChoice? ReadChoice(Node? node, IPolicyCatalog catalog, PolicyChoice? fallback, NodeReader r)
    {
        if (node is null)
        {
            return fallback;
        }
        Node? nameNode;
        MappingNode? map = null;
        if (node is MappingNode m)
        {
            map = m;
            nameNode = r.Required(m, "name", catalog.Kind);
        }
        else if (node is ScalarNode)
        {
            nameNode = node;
        }
        else
        {
            r.Error(node, $"'{catalog.Kind}': expected a policy name or {{ name: ..., <parameter>: <number> }}, found {node.Describe()}");
            return null;
        }
        var given = r.String(nameNode, "name");
        if (given is null)
        {
            return null;
        }
        var name = catalog.Names.FirstOrDefault(n => n.Equals(given, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            r.Error(nameNode!, $"unknown {catalog.Kind} policy '{given}'{Suggestions.HintWithList(given, catalog.Names.ToList())}");
            return null;
        }
        var specs = catalog.ParametersOf(name) ?? Array.Empty<ParameterSpec>();
        var values = new Dictionary<string, double>();
        var ok = true;
        if (map is not null)
        {
            var allowed = specs.Select(p => p.Name).Prepend("name").ToList();
            foreach (var entry in map.Entries.Where(e => e.Name != "name"))
            {
                var spec = specs.FirstOrDefault(p => p.Name == entry.Name);
                if (spec is null)
                {
                    var hint = specs.Count == 0 ? $"; {catalog.Kind} policy '{name}' takes no parameters" : Suggestions.Hint(entry.Name, allowed);
                    r.Error(entry.Key, $"unknown parameter '{entry.Name}' of {catalog.Kind} policy '{name}'{hint}");
                    ok = false;
                    continue;
                }
                var value = r.Number(entry.Value is ScalarNode { IsNull: true } ? null : entry.Value, entry.Name, Bounds.Between(spec.Min, spec.Max));
                if (value is null)
                {
                    if (entry.Value is ScalarNode { IsNull: true })
                    {
                        r.Error(entry.Key, $"'{entry.Name}' needs a value");
                    }
                    ok = false;
                    continue;
                }
                values[spec.Name] = value.Value;
            }
        }
        foreach (var spec in specs.Where(p => !values.ContainsKey(p.Name)))
        {
            if (spec.Default is { } d)
            {
                values[spec.Name] = d;
            }
            else if (map?.Find(spec.Name) is null)
            {
                r.Error(node, $"{catalog.Kind} policy '{name}' needs '{spec.Name}' ({spec.Description}): write {{ name: {name}, {spec.Name}: ... }}");
                ok = false;
            }
        }
        return ok ? new PolicyChoice(name, values) : null;
    }

    private static PolicyChoice WithDefaults(string name, IPolicyCatalog catalog) =>
        new(name, (catalog.ParametersOf(name) ?? Array.Empty<ParameterSpec>())
            .Where(p => p.Default is not null)
            .ToDictionary(p => p.Name, p => p.Default!.Value));
}
