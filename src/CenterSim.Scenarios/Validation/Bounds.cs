namespace CenterSim.Scenarios.Validation;

/// <summary>Allowed values of a number: a lower bound (inclusive or not) and an inclusive upper bound.</summary>
public readonly record struct Bounds(double Min, bool MinExclusive, double Max)
{
    public static Bounds Any => new(double.NegativeInfinity, false, double.PositiveInfinity);

    public static Bounds Positive => new(0, true, double.PositiveInfinity);

    public static Bounds AtLeast(double min) => new(min, false, double.PositiveInfinity);

    /// <summary>Inclusive bounds; double.MinValue and double.MaxValue (a policy parameter's "no bound") mean none.</summary>
    public static Bounds Between(double min, double max) =>
        new(min <= double.MinValue ? double.NegativeInfinity : min, false, max >= double.MaxValue ? double.PositiveInfinity : max);

    /// <summary>What is wrong with <paramref name="value"/> ("must be >= 1"), or null when it is allowed.</summary>
    public string? Problem(double value)
    {
        var below = MinExclusive ? value <= Min : value < Min;
        if (!below && value <= Max)
        {
            return null;
        }
        if (double.IsNegativeInfinity(Min))
        {
            return $"must be <= {NodeReader.Format(Max)}";
        }
        if (double.IsPositiveInfinity(Max))
        {
            return $"must be {(MinExclusive ? ">" : ">=")} {NodeReader.Format(Min)}";
        }
        return MinExclusive
            ? $"must be > {NodeReader.Format(Min)} and <= {NodeReader.Format(Max)}"
            : $"must be between {NodeReader.Format(Min)} and {NodeReader.Format(Max)}";
    }
}
