using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Registry;

/// <summary>A registered policy: its YAML name, what it does, its parameters and how to make one.</summary>
public sealed record PolicyInfo<T>(string Name, string Description, IReadOnlyList<ParameterSpec> Parameters, Func<PolicyChoice, T> Factory)
    where T : class
{
    /// <summary>Scenario sections the policy needs, with why (e.g. "market": "for the provider's costs").</summary>
    public IReadOnlyDictionary<string, string> Needs { get; init; } = new Dictionary<string, string>();

    /// <summary>Tenant keys only this kind of policy gives a meaning (e.g. a pricing that sells spot reads <c>spot</c>).</summary>
    public IReadOnlyList<string> TenantKeys { get; init; } = Array.Empty<string>();
}
