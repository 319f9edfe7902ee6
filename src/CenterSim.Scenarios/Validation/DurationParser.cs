using System.Globalization;
using CenterSim.Model.Units;

namespace CenterSim.Scenarios.Validation;

/// <summary>Durations written as a number and a unit: s, m, h, d or w ("90d", "12h", "1.5h").</summary>
public static class DurationParser
{
    public const string Units = "s, m, h, d or w";

    /// <summary>Seconds, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static double? TryParse(string text, out string error)
    {
        error = "";
        var t = text.Trim();
        if (t.Length == 0)
        {
            error = $"expected a duration such as '14d', found nothing";
            return null;
        }
        var factor = char.ToLowerInvariant(t[^1]) switch
        {
            's' => SimTime.Second,
            'm' => SimTime.Minute,
            'h' => SimTime.Hour,
            'd' => SimTime.Day,
            'w' => 7 * SimTime.Day,
            _ => 0.0,
        };
        var number = factor > 0 ? t[..^1].TrimEnd() : t;
        var parsed = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
        if (factor == 0)
        {
            error = parsed
                ? $"duration '{t}' needs a unit ({Units}), e.g. '{t}d' or '{t}h'"
                : $"expected a duration such as '14d' (a number and one of {Units}), found '{t}'";
            return null;
        }
        if (!parsed)
        {
            error = $"expected a duration such as '14d' (a number and one of {Units}), found '{t}'";
            return null;
        }
        return value * factor;
    }
}
