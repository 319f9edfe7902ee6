namespace CenterSim.Cli.Validation;

/// <summary>One comparison: what was measured, our value, the published or theoretical one, and a note on how to read it.</summary>
public sealed record ValidationRow(string Check, string Quantity, double Ours, double? Reference, string Source, string Note)
{
    public double? Difference => Reference is { } r ? Ours - r : null;
}
