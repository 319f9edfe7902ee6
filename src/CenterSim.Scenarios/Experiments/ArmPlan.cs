namespace CenterSim.Scenarios.Experiments;

/// <summary>An arm before conversion: its name and the settings applied to the base scenario.</summary>
public sealed record ArmPlan(string Name, IReadOnlyList<ArmSetting> Settings);
