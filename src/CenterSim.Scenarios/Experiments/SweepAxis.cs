namespace CenterSim.Scenarios.Experiments;

/// <summary>One swept key and its values in order; <see cref="ArmSetting.At"/> is null for command-line values.</summary>
public sealed record SweepAxis(string Key, IReadOnlyList<ArmSetting> Values);
