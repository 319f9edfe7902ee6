namespace CenterSim.Traces.Validation;

/// <summary>Medians over seeds at 100% arrived load, with the published allocation where there is one.</summary>
public sealed record TraceValidationRow(string Policy, double AllocationPctAt100, double FragmentationPctAt100, double? PublishedAllocationPct)
{
    public double? DifferencePct => PublishedAllocationPct is { } p ? AllocationPctAt100 - p : null;
}
