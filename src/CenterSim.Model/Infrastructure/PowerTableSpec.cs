namespace CenterSim.Model.Infrastructure;

/// <summary>
/// Measured server power (W) at four points of chip utilization: idle at 0, the median at 0.5, the 90th
/// percentile at 0.9 and the peak at 1; power is piecewise linear between them. Reading the measured
/// percentiles as these utilization points is this model's assumption.
/// </summary>
public sealed record PowerTableSpec(double IdleW, double MedianW, double P90W, double PeakW);
