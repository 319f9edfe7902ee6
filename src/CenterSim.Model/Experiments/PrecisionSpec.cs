namespace CenterSim.Model.Experiments;

/// <summary>
/// Stop rule for replications: keep adding replications (to every arm at once, so they stay paired)
/// until the 95% interval of <see cref="Metric"/> has a half-width below <see cref="HalfWidthPercent"/>
/// percent of its mean in every arm, or <see cref="MaxReplications"/> is reached.
/// <see cref="Where"/> is the FILE:LINE:COL of the metric name, for the message when no run reports it.
/// </summary>
public sealed record PrecisionSpec(string Metric, double HalfWidthPercent, int MaxReplications, string Where);
