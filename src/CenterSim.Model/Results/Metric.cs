namespace CenterSim.Model.Results;

/// <summary>One named number a run reports, e.g. utilization or revenue_yuan.</summary>
public readonly record struct Metric(string Name, double Value);
