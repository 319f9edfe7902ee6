namespace CenterSim.Simulation.Scheduling;

/// <summary>
/// A sum of many (count × value) terms kept exactly in fixed point (2^-40 units in a 128-bit integer), so
/// terms added and later taken away cancel to the last bit and the sum does not depend on the order of
/// changes: what an incrementally kept sum needs to equal the same sum made afresh. Values are chip
/// counts times seconds; parts below 2^-40 s (about a picosecond) are cut, the same way each time.
/// </summary>
public struct ExactSum
{
    private const double Scale = 1099511627776.0; // 2^40

    private Int128 _units;

    public readonly double Value => (double)_units / Scale;

    public void Add(double value, long count) => _units += Units(value) * count;

    public void Subtract(double value, long count) => _units -= Units(value) * count;

    /// <summary>This sum less <paramref name="count"/> × <paramref name="value"/>, exactly, then rounded.</summary>
    public readonly double Less(double value, long count) => (double)(_units - Units(value) * count) / Scale;

    private static Int128 Units(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "an exact sum takes finite values only");
        }
        return (Int128)(value * Scale);
    }
}
