using System.Globalization;

namespace CenterSim.Scenarios.Validation;

/// <summary>Large counts in messages, with thousands separators whatever the machine's culture: 1,000,000.</summary>
public static class Count
{
    public static string Of(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A huge amount as 1.23E+015, with <paramref name="digits"/> after the point.</summary>
    public static string Scientific(double value, int digits) => value.ToString("E" + digits, CultureInfo.InvariantCulture);
}
