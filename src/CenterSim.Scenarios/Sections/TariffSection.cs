using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A center's <c>tariff</c>: exactly one of <c>flat_yuan_per_kwh</c> (one price) or
/// <c>yuan_per_kwh_by_hour</c> (24 prices by hour of day, or one number). With hourly prices the
/// energy meter charges each hour's price, and where one price is needed (cost-plus pricing's energy
/// share) the average of the 24 hours is used.
/// </summary>
public static class TariffSection
{
    public const string Flat = "flat_yuan_per_kwh";
    public const string Hourly = "yuan_per_kwh_by_hour";

    public static readonly string[] Keys = { Flat, Hourly };

    /// <summary>The single price (the hourly average for an hourly tariff) and the hourly prices (null for a flat tariff); both null on a problem.</summary>
    public static (double? Flat, IReadOnlyList<double>? Hours) Read(MappingNode map, string context, NodeReader r)
    {
        r.CheckKeys(map, context, Keys);
        var flatNode = NodeReader.Optional(map, Flat);
        var hourlyNode = NodeReader.Optional(map, Hourly);
        if (flatNode is not null && hourlyNode is not null)
        {
            r.Error(hourlyNode, $"'{context}': give '{Flat}' or '{Hourly}', not both (the hourly prices would replace the flat one)");
            return (null, null);
        }
        if (hourlyNode is null)
        {
            return (r.Number(r.Required(map, Flat, context), Flat, Bounds.AtLeast(0)), null);
        }
        var ok = true;
        var hours = InfrastructureSection.ReadHours(hourlyNode, Hourly, r, ref ok);
        return ok && hours is not null ? (hours.Average(), hours) : (null, null);
    }

    /// <summary>The first center's hourly prices, read without reporting (<see cref="Read"/> has checked them), or null.</summary>
    public static IReadOnlyList<double>? HourlyOfFirstCenter(Node? centers)
    {
        var first = centers is SequenceNode { Items.Count: > 0 } list ? list.Items[0] : centers;
        if ((first as MappingNode)?["tariff"] is not MappingNode tariff || tariff[Hourly] is not { } hourly)
        {
            return null;
        }
        var ok = true;
        return InfrastructureSection.ReadHours(hourly, Hourly, new NodeReader(""), ref ok) is { } hours && ok ? hours : null;
    }
}
