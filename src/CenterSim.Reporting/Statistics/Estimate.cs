namespace CenterSim.Reporting.Statistics;

/// <summary>
/// The mean of a set of replication values with its spread and confidence interval.
/// <see cref="StandardDeviation"/> is the sample standard deviation (divisor n − 1); it is NaN when
/// there are fewer than two values or a value is not finite. <see cref="Interval"/> is null in the same cases.
/// </summary>
public sealed record Estimate(int Count, double Mean, double StandardDeviation, ConfidenceInterval? Interval);
