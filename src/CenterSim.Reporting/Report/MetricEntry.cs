namespace CenterSim.Reporting.Report;

/// <summary>A metric's label (with its unit) and explanation in English and Chinese, its physical range and its role in a report.</summary>
public sealed record MetricEntry(string En, string Zh, string EnText, string ZhText, MetricBound Bound = MetricBound.NonNegative, MetricRole Role = MetricRole.Outcome);
