using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// One dotted-path setting of a variant or sweep point. <see cref="At"/> is the value's node in the
/// file, so problems with it are reported there; null when it came from the command line.
/// </summary>
public sealed record ArmSetting(string Path, string Value, Node? At)
{
    /// <summary>The value's name from a sweep's <c>{name: tou, value: {...}}</c>, used for folders, legends and axes; null when unnamed.</summary>
    public string? Name { get; init; }

    /// <summary>The name when given, else the value as written.</summary>
    public string Label => Name ?? Value;
}
