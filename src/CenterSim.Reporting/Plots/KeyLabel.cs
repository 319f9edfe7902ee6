namespace CenterSim.Reporting.Plots;

/// <summary>
/// A human axis title for a swept dotted key: its last part in words with the unit written out, and
/// where it lives, e.g. <c>policies.broker.yuan_per_kg_co2</c> → "Yuan per kg CO2 (policies.broker)".
/// </summary>
public static class KeyLabel
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["pue"] = "PUE (facility power / IT power)",
        ["yuan_per_kg_co2"] = "Carbon price (yuan/kg CO2)",
        ["yuan_per_chip_hour"] = "Price (yuan/chip-hour)",
        ["yuan_per_chip_hour_waited"] = "Value of waiting (yuan/chip-hour)",
        ["arrivals_per_hour"] = "Arrivals (jobs/h per tenant)",
        ["flat_yuan_per_kwh"] = "Electricity price (yuan/kWh)",
        ["count"] = "Count",
        ["pricing"] = "Pricing policy",
        ["broker"] = "Broker",
        ["scheduling"] = "Scheduling policy",
        ["placement"] = "Placement policy",
        ["preset"] = "Voucher preset",
    };

    public static string For(string key)
    {
        var parts = key.Split('.');
        var last = parts[^1];
        var where = parts.Length > 1 ? $" ({string.Join('.', parts[..^1])})" : "";
        if (Known.TryGetValue(last, out var label))
        {
            return label + where;
        }
        var words = last.Replace("_per_", " per ", StringComparison.Ordinal).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..] + where;
    }
}
