namespace CenterSim.Policies.Registry;

/// <summary>A numeric parameter a policy accepts in YAML, with its unit in the name (e.g. yuan_per_chip_hour).</summary>
public sealed record ParameterSpec(string Name, string Description, double? Default = null, double Min = double.MinValue, double Max = double.MaxValue)
{
    public bool Required => Default is null;
}
