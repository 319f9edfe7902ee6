using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>The <c>hardware</c> section: server types by name.</summary>
public static class HardwareSection
{
    public static readonly string[] Keys = { "servers" };

    public static readonly string[] ServerKeys = { "chip", "chips", "idle_w", "peak_w", "ecosystem", "price_yuan", "domestic" };

    public const string DefaultEcosystem = "cuda";

    /// <summary>Server types by name; null when the section is missing or has a problem.</summary>
    public static IReadOnlyDictionary<string, ServerTypeSpec>? Read(Node? node, NodeReader r)
    {
        var map = r.Mapping(node, "hardware");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "hardware", Keys);
        var servers = r.Mapping(r.Required(map, "servers", "hardware"), "servers");
        if (servers is null)
        {
            return null;
        }
        if (servers.Entries.Count == 0)
        {
            r.Error(servers, "'hardware.servers' needs at least one server type");
            return null;
        }
        var result = new Dictionary<string, ServerTypeSpec>();
        var ok = true;
        foreach (var entry in servers.Entries)
        {
            var spec = ReadServer(entry, r);
            if (spec is null)
            {
                ok = false;
            }
            else
            {
                result[spec.Name] = spec;
            }
        }
        return ok ? result : null;
    }

    private static ServerTypeSpec? ReadServer(MappingEntry entry, NodeReader r)
    {
        var context = $"hardware.servers.{entry.Name}";
        if (entry.Value is ScalarNode { IsNull: true })
        {
            r.Error(entry.Key, $"server type '{entry.Name}' needs chip, chips, idle_w and peak_w");
            return null;
        }
        var map = r.Mapping(entry.Value, entry.Name);
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, ServerKeys);
        var chip = r.String(r.Required(map, "chip", context), "chip");
        var chips = r.Int(r.Required(map, "chips", context), "chips", 1);
        var idle = r.Number(r.Required(map, "idle_w", context), "idle_w", PhysicalLimits.ServerWatts);
        var peakNode = r.Required(map, "peak_w", context);
        var peak = r.Number(peakNode, "peak_w", PhysicalLimits.ServerWatts);
        if (peak is not null && idle is not null && peak < idle)
        {
            r.Error(peakNode!, $"'peak_w' must be >= idle_w ({NodeReader.Format(idle.Value)}), found {NodeReader.Format(peak.Value)}");
            peak = null;
        }
        var ecosystem = NodeReader.Optional(map, "ecosystem") is { } e ? r.String(e, "ecosystem") : DefaultEcosystem;
        var price = NodeReader.Optional(map, "price_yuan") is { } p ? r.Number(p, "price_yuan", Bounds.AtLeast(0)) : 0;
        // Absent: derived from the ecosystem (ServerTypeSpec.IsDomestic).
        var domesticNode = NodeReader.Optional(map, "domestic");
        var domestic = domesticNode is null ? null : r.Bool(domesticNode, "domestic");
        if (chip is null || chips is null || idle is null || peak is null || ecosystem is null || price is null || (domesticNode is not null && domestic is null))
        {
            return null;
        }
        return new ServerTypeSpec(entry.Name, chip, chips.Value, idle.Value, peak.Value, ecosystem, price.Value) { Domestic = domestic };
    }
}
