using System.Globalization;
using CenterSim.Policies.Registry;

namespace CenterSim.Cli.Policies;

/// <summary>A policy parameter's default and range as the policy tables print them.</summary>
public static class ParameterText
{
    public static string Default(ParameterSpec p) => p.Default is { } d ? Number(d) : "required";

    /// <summary>"any", "&gt;= 0", "&lt;= 1" or "0 to 24", from the bounds the scenario loader enforces.</summary>
    public static string Range(ParameterSpec p)
    {
        var low = p.Min > double.MinValue;
        var high = p.Max < double.MaxValue;
        return (low, high) switch
        {
            (true, true) => $"{Number(p.Min)} to {Number(p.Max)}",
            (true, false) => $">= {Number(p.Min)}",
            (false, true) => $"<= {Number(p.Max)}",
            _ => "any",
        };
    }

    /// <summary>The parameter's unit; a parameter registered without one is a mistake the tests catch, shown as such here.</summary>
    public static string Unit(ParameterSpec p) => p.Unit ?? "(no unit registered)";

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
