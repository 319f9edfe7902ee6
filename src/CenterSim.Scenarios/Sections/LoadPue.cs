using System.Globalization;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// A load-dependent PUE written under <c>infrastructure.power</c> (<c>pue_at_idle</c> and <c>pue_at_full</c>),
/// seen before the section itself is read, so the centers' constant <c>pue</c> can give way to it.
/// <see cref="Full"/> is null when <c>pue_at_full</c> is not a number (the section reports that).
/// </summary>
public sealed record LoadPue(double? Full)
{
    /// <summary>The load-dependent PUE of <paramref name="root"/>, or null when it has none (both keys are needed).</summary>
    public static LoadPue? Of(MappingNode root)
    {
        var power = (root["infrastructure"] as MappingNode)?["power"] as MappingNode;
        if (power is null || NodeReader.Optional(power, "pue_at_idle") is null || NodeReader.Optional(power, "pue_at_full") is not { } full)
        {
            return null;
        }
        return new LoadPue(full is ScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 1 && v <= PhysicalLimits.MaxPue ? v : null);
    }
}
