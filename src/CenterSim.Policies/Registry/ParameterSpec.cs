namespace CenterSim.Policies.Registry;

/// <summary>
/// A numeric parameter a policy accepts in YAML, with its unit in the name (e.g. yuan_per_chip_hour)
/// and spelled out in <see cref="Unit"/> for the policy tables (`centersim policies`, docs/scenario-format.md).
/// </summary>
public sealed record ParameterSpec(string Name, string Description, double? Default = null, double Min = double.MinValue, double Max = double.MaxValue, string? Unit = null)
{
    public bool Required => Default is null;
}
