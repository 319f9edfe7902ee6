namespace CenterSim.Classroom;

/// <summary>A what-if slider: the scenario key it overrides (a <c>--set</c> path), its range and its label in English and Chinese.</summary>
public sealed record Slider(string Key, string LabelEn, string LabelZh, double Min, double Max, double Step, double Value);
