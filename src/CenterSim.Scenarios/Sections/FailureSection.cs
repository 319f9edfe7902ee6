using System.Text.RegularExpressions;
using CenterSim.Model.Infrastructure;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// <c>infrastructure.failures</c>: either the plain form (<c>chip_mtbf</c> and/or <c>server_mtbf</c> with
/// <c>chip_repair</c> and <c>server_repair</c>) or <c>causes</c>, each failing per chip or per server at
/// its own MTBF, or at the rate of a published count over an <c>observed</c> exposure; then the
/// checkpoint interval (a duration or <c>optimal</c>), write and restart times.
/// </summary>
public static partial class FailureSection
{
    public static readonly string[] Keys =
    {
        "chip_mtbf", "server_mtbf", "chip_repair", "server_repair", "causes", "observed", "checkpoint_interval", "checkpoint_write", "restart",
    };

    public static readonly string[] PlainKeys = { "chip_mtbf", "server_mtbf", "chip_repair", "server_repair" };

    public static readonly string[] CauseKeys = { "per", "mtbf", "count", "repair" };

    public static readonly string[] ObservedKeys = { "duration", "chips", "servers" };

    public static readonly string[] Units = { "chip", "server" };

    public const string Optimal = "optimal";

    private const string Context = "infrastructure.failures";

    public static FailureSpec? Read(Node node, NodeReader r)
    {
        var map = r.Mapping(node, "failures");
        if (map is null)
        {
            return null;
        }
        var before = r.Diagnostics.Count;
        r.CheckKeys(map, Context, Keys);
        var causes = NodeReader.Optional(map, "causes") is { } c ? ReadCauses(c, NodeReader.Optional(map, "observed"), map, r) : ReadPlain(map, r);
        if (NodeReader.Optional(map, "causes") is null && NodeReader.Optional(map, "observed") is { } unused)
        {
            r.Error(unused, "'observed' is the exposure of causes given by 'count'; it needs 'causes'");
        }
        var (interval, optimal, intervalNode) = ReadInterval(map, r);
        // Required, not 0 by default: writing a checkpoint and restarting a job are never free.
        var writeNode = r.Required(map, "checkpoint_write", Context);
        var write = r.Duration(writeNode, "checkpoint_write", Bounds.AtLeast(0));
        var restart = r.Duration(r.Required(map, "restart", Context), "restart", Bounds.AtLeast(0));
        if (write is not null && interval is not null && !optimal && write >= interval)
        {
            r.Error(writeNode!, $"'checkpoint_write' ({ScenarioConverter.Text(writeNode!)}) must be shorter than 'checkpoint_interval' ({ScenarioConverter.Text(intervalNode!)}): a job would spend more time writing checkpoints than working");
        }
        if (optimal && write == 0)
        {
            r.Error(writeNode!, "'checkpoint_interval: optimal' needs 'checkpoint_write' > 0: with free checkpoints the optimum would be to write one all the time (sqrt(2 x 0 x MTBF) = 0)");
        }
        if (optimal && causes is not null && causes.All(x => x.Rate == 0))
        {
            r.Error(intervalNode!, "'checkpoint_interval: optimal' needs failures: no cause here can fail (every count is 0), so no interval is optimal; give a duration or a cause that fails");
        }
        if (r.Diagnostics.Count > before || causes is null || interval is null || write is null || restart is null)
        {
            return null;
        }
        return new FailureSpec(causes, interval.Value) { CheckpointWriteSeconds = write.Value, RestartSeconds = restart.Value, OptimalInterval = optimal };
    }

    private static (double? Seconds, bool Optimal, Node? Node) ReadInterval(MappingNode map, NodeReader r)
    {
        var node = r.Required(map, "checkpoint_interval", Context);
        if (node is ScalarNode { Value: Optimal })
        {
            return (double.PositiveInfinity, true, node);
        }
        if (node is ScalarNode { IsNull: false } word && !word.Value.Any(char.IsDigit))
        {
            r.Error(node, $"'checkpoint_interval': expected a duration such as '2h' or '{Optimal}', found '{word.Value}'{Suggestions.Hint(word.Value, new[] { Optimal })}");
            return (null, false, node);
        }
        return (r.Duration(node, "checkpoint_interval", Bounds.Positive), false, node);
    }

    /// <summary>The plain form: a chip cause and a server cause, each with its repair time.</summary>
    private static IReadOnlyList<FailureCause>? ReadPlain(MappingNode map, NodeReader r)
    {
        var chipNode = NodeReader.Optional(map, "chip_mtbf");
        var serverNode = NodeReader.Optional(map, "server_mtbf");
        var chip = chipNode is null ? null : r.Duration(chipNode, "chip_mtbf", Bounds.Positive);
        var server = serverNode is null ? null : r.Duration(serverNode, "server_mtbf", Bounds.Positive);
        if (chipNode is null && serverNode is null)
        {
            r.Error(map, "give 'causes', or 'chip_mtbf', 'server_mtbf' or both (mean time between failures of one chip / one server, e.g. '50000h')");
        }
        var chipRepair = r.Duration(r.Required(map, "chip_repair", Context), "chip_repair", Bounds.AtLeast(0));
        var serverRepair = r.Duration(r.Required(map, "server_repair", Context), "server_repair", Bounds.AtLeast(0));
        if ((chipNode is not null && chip is null) || (serverNode is not null && server is null) || chipRepair is null || serverRepair is null)
        {
            return null;
        }
        return FailureSpec.ChipAndServer(chip, server, chipRepair.Value, serverRepair.Value, 1).Causes;
    }

    private static IReadOnlyList<FailureCause>? ReadCauses(Node node, Node? observedNode, MappingNode failures, NodeReader r)
    {
        foreach (var key in PlainKeys)
        {
            if (failures.Find(key) is { } plain)
            {
                r.Error(plain.Key, $"'{key}' belongs to the plain form; with 'causes' give every failure as a cause (per: chip or server, with its own repair)");
            }
        }
        var map = r.Mapping(node, "causes");
        if (map is null)
        {
            return null;
        }
        if (map.Entries.Count == 0)
        {
            r.Error(map, "'causes' needs at least one cause");
            return null;
        }
        var observed = ReadObserved(observedNode, r);
        var causes = new List<FailureCause>();
        var counted = new HashSet<string>();
        foreach (var entry in map.Entries)
        {
            var cause = ReadCause(entry, observed, observedNode is not null, r, counted);
            if (cause is not null)
            {
                causes.Add(cause);
            }
        }
        if (observedNode is not null && counted.Count == 0)
        {
            r.Error(observedNode, "'observed' is the exposure of causes given by 'count', and no cause here has one");
        }
        else if (observedNode is MappingNode exposure)
        {
            foreach (var unit in Units.Where(u => !counted.Contains(u)))
            {
                if (exposure.Find(unit + "s") is { } extra)
                {
                    r.Warn(extra.Key, $"'observed.{unit}s' is read by no cause: no cause per {unit} is given by 'count'");
                }
            }
        }
        return causes.Count == map.Entries.Count ? causes : null;
    }

    private static FailureCause? ReadCause(MappingEntry entry, Observed? observed, bool observedGiven, NodeReader r, HashSet<string> counted)
    {
        var name = entry.Name;
        if (!NamePattern().IsMatch(name))
        {
            r.Error(entry.Key, $"cause name '{name}' may use only a-z, 0-9, '_' and '-' (it names the metric interruptions.{name})");
        }
        var label = $"{Context}.causes.{name}";
        var map = r.Mapping(entry.Value, name);
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, label, CauseKeys);
        var perNode = r.Required(map, "per", label);
        var per = r.String(perNode, "per");
        if (per is not null && !Units.Contains(per))
        {
            r.Error(perNode!, $"'per': expected chip or server, found '{per}'");
            per = null;
        }
        var repair = r.Duration(r.Required(map, "repair", label), "repair", Bounds.AtLeast(0));
        var mtbfNode = NodeReader.Optional(map, "mtbf");
        var countNode = NodeReader.Optional(map, "count");
        double? mtbf = null;
        if ((mtbfNode is null) == (countNode is null))
        {
            r.Error(map, $"cause '{name}': give exactly one of 'mtbf' (mean time between failures of one {per ?? "unit"}) and 'count' (failures seen over 'observed')");
        }
        else if (mtbfNode is not null)
        {
            mtbf = r.Duration(mtbfNode, "mtbf", Bounds.Positive);
        }
        else
        {
            counted.Add(per ?? "");
            mtbf = FromCount(countNode!, per, observed, observedGiven, r);
        }
        if (per is null || repair is null || mtbf is null)
        {
            return null;
        }
        return new FailureCause(name, per == "chip" ? FailureUnit.Chip : FailureUnit.Server, mtbf.Value, repair.Value);
    }

    /// <summary>The exposure the counts were seen over; each value read once. Null when absent or bad.</summary>
    private static Observed? ReadObserved(Node? node, NodeReader r)
    {
        var map = node is null ? null : r.Mapping(node, "observed");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, Context + ".observed", ObservedKeys);
        var duration = r.Duration(r.Required(map, "duration", Context + ".observed"), "duration", Bounds.Positive);
        var chipsNode = NodeReader.Optional(map, "chips");
        var serversNode = NodeReader.Optional(map, "servers");
        var chips = chipsNode is null ? null : r.Integer(chipsNode, "chips", 1);
        var servers = serversNode is null ? null : r.Integer(serversNode, "servers", 1);
        var bad = duration is null || (chipsNode is not null && chips is null) || (serversNode is not null && servers is null);
        return bad ? null : new Observed(duration!.Value, chips, servers);
    }

    /// <summary>A count of failures seen on the observed chips or servers over the observed duration: MTBF = units x duration / count.</summary>
    private static double? FromCount(Node countNode, string? per, Observed? observed, bool observedGiven, NodeReader r)
    {
        var count = r.Number(countNode, "count", Bounds.AtLeast(0));
        if (!observedGiven)
        {
            r.Error(countNode, "'count' needs 'observed' beside 'causes': the chips or servers and the duration the failures were counted over");
            return null;
        }
        if (per is null || observed is null || count is null)
        {
            return null;
        }
        var units = per == "chip" ? observed.Chips : observed.Servers;
        if (units is null)
        {
            r.Error(countNode, $"a 'count' per {per} needs 'observed.{per}s': how many {per}s the failures were counted over");
            return null;
        }
        return FailureCause.MtbfFromCount(count.Value, units.Value, observed.Seconds);
    }

    private sealed record Observed(double Seconds, long? Chips, long? Servers);

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex NamePattern();
}
