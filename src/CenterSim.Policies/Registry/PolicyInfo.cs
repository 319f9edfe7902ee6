using CenterSim.Model.Scenario;

namespace CenterSim.Policies.Registry;

/// <summary>A registered policy: its YAML name, what it does, its parameters and how to make one.</summary>
public sealed record PolicyInfo<T>(string Name, string Description, IReadOnlyList<ParameterSpec> Parameters, Func<PolicyChoice, T> Factory)
    where T : class;
