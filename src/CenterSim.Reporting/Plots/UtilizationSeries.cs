namespace CenterSim.Reporting.Plots;

/// <summary>
/// What the utilization chart draws: the hours common to all replications and, for each, the mean
/// utilization (a 0-1 share) and mean IT power in kW (null when the run has no such column).
/// </summary>
public sealed record UtilizationSeries(double[] Hours, double[]? Utilization, double[]? PowerKw);
