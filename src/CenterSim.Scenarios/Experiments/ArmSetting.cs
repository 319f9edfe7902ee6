using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Experiments;

/// <summary>
/// One dotted-path setting of a variant or sweep point. <see cref="At"/> is the value's node in the
/// file, so problems with it are reported there; null when it came from the command line.
/// </summary>
public sealed record ArmSetting(string Path, string Value, Node? At);
