using CenterSim.Traces.Inflation;

namespace CenterSim.Traces.Validation;

/// <summary>Table rows, median curve per policy (pointwise medians over seeds) and every single run.</summary>
public sealed record TraceValidationResult(
    IReadOnlyList<TraceValidationRow> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<LoadPoint>> MedianCurves,
    IReadOnlyList<InflationResult> Runs);
