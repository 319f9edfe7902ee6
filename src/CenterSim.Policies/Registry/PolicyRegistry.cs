using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Registry;

/// <summary>
/// Policies of one kind by YAML name (case-insensitive). Adding a policy is one <see cref="Add"/> line
/// in <see cref="PolicyCatalog"/>; nothing else in the engine changes.
/// </summary>
public sealed class PolicyRegistry<T> : IPolicyCatalog
    where T : class
{
    private readonly Dictionary<string, PolicyInfo<T>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = new();

    public PolicyRegistry(string kind) => Kind = kind;

    public string Kind { get; }

    public IReadOnlyList<string> Names => _names;

    public PolicyRegistry<T> Add(string name, string description, Func<PolicyChoice, T> factory, params ParameterSpec[] parameters)
    {
        _byName.Add(name, new PolicyInfo<T>(name, description, parameters, factory));
        _names.Add(name);
        return this;
    }

    /// <summary>The policy added last needs this scenario section, for this reason.</summary>
    public PolicyRegistry<T> Needing(string section, string why) =>
        Amend(info => info with { Needs = new Dictionary<string, string>(info.Needs) { [section] = why } });

    /// <summary>The policy added last gives this tenant key its meaning.</summary>
    public PolicyRegistry<T> ReadingTenantKey(string key) => Amend(info => info with { TenantKeys = info.TenantKeys.Append(key).ToArray() });

    public PolicyInfo<T>? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Why the named policy needs <paramref name="section"/>, or null when it does not (or no policy has that name).</summary>
    public string? WhyNeeds(string name, string section) => Find(name)?.Needs.GetValueOrDefault(section);

    /// <summary>The policies that give a tenant key its meaning.</summary>
    public IReadOnlyList<string> ReadersOf(string tenantKey) =>
        _names.Where(n => _byName[n].TenantKeys.Contains(tenantKey)).ToList();

    private PolicyRegistry<T> Amend(Func<PolicyInfo<T>, PolicyInfo<T>> change)
    {
        var last = _names[^1];
        _byName[last] = change(_byName[last]);
        return this;
    }

    public string? DescriptionOf(string name) => Find(name)?.Description;

    public IReadOnlyList<ParameterSpec>? ParametersOf(string name) => Find(name)?.Parameters;

    /// <summary>Makes the policy a validated choice names, filling defaults for omitted parameters.</summary>
    public T Create(PolicyChoice choice)
    {
        var info = Find(choice.Name)
            ?? throw new ArgumentException($"unknown {Kind} policy '{choice.Name}'; valid: {string.Join(", ", _names)}");
        var values = new Dictionary<string, double>(choice.Parameters);
        foreach (var p in info.Parameters)
        {
            if (!values.ContainsKey(p.Name))
            {
                values[p.Name] = p.Default ?? throw new ArgumentException($"{Kind} policy '{info.Name}' needs '{p.Name}'");
            }
        }
        return info.Factory(choice with { Parameters = values });
    }
}
