namespace CenterSim.Classroom;

/// <summary>One line of narration for a notable event, in English and Chinese.</summary>
public sealed record Narration(string En, string Zh);
