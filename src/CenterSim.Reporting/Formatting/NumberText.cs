using System.Globalization;
using System.Text;

namespace CenterSim.Reporting.Formatting;

/// <summary>How numbers and names appear in result files. Everything is culture-invariant.</summary>
public static class NumberText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Shortest round-trip form (<c>"R"</c>) for data files; empty for NaN or infinity.</summary>
    public static string RoundTrip(double value) =>
        double.IsFinite(value) ? value.ToString("R", Invariant) : "";

    /// <summary>
    /// Four significant digits for people to read: 3.142, 0.01235, 1,235, 123,457 (numbers of 1000 and
    /// more keep all integer digits, grouped by thousands); exponent form only below 0.001 or at 1e15 and
    /// above; "n/a" for NaN.
    /// </summary>
    public static string Readable(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-3)
        {
            return value.ToString("G4", Invariant);
        }
        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 0, 6);
        if (magnitude >= 1000 || Math.Abs(Math.Round(value, decimals)) >= 1000)
        {
            return value.ToString("#,0", Invariant);
        }

        var text = value.ToString("F" + decimals.ToString(Invariant), Invariant);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }
        return text == "-0" ? "0" : text;
    }

    /// <summary>An enum member's name in snake_case: <c>KeyProject</c> → <c>key_project</c>.</summary>
    public static string SnakeCase<TEnum>(TEnum value)
        where TEnum : struct, Enum => SnakeCase(value.ToString());

    /// <summary>A PascalCase identifier in snake_case: <c>KeyProject</c> → <c>key_project</c>.</summary>
    public static string SnakeCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
