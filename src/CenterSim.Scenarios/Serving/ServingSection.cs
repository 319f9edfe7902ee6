using CenterSim.Model.Scenario;
using CenterSim.Model.Serving;
using CenterSim.Policies;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Serving;

/// <summary>
/// The optional <c>serving</c> section: inference services on the center's pools, the chip-sharing policy
/// between them and training, and chip figures added to the built-in catalog (<see cref="ChipCatalog"/>).
/// Read once the rest of the scenario is known; what serving does not support yet is rejected here.
/// </summary>
public static class ServingSection
{
    public static readonly string[] Keys = { "sharing", "services", "chips" };

    public static readonly string[] ChipKeys = { "peak_tflops", "hbm_gb", "hbm_tb_per_s", "source" };

    public static ServingSpec? Read(Node? node, ScenarioSpec scenario, NodeReader r)
    {
        var map = r.Mapping(node, "serving");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "serving", Keys);
        Unsupported(map, scenario, r);
        var sharing = PolicySection.ReadChoice(r.Required(map, "sharing", "serving (partition, harvest or priority)"), PolicyCatalog.ChipSharing, null, r);
        var chips = Chips(NodeReader.Optional(map, "chips"), r);
        var list = r.Sequence(r.Required(map, "services", "serving"), "services");
        if (list is { Items.Count: 0 })
        {
            r.Error(list, "'serving.services' needs at least one service");
        }
        var services = list?.Items.Select(i => ServiceSection.Read(i, scenario, chips, r)).ToList();
        if (list is not null)
        {
            var seen = new Dictionary<string, Node>();
            foreach (var item in list.Items.OfType<MappingNode>())
            {
                if (NodeReader.Optional(item, "name") is ScalarNode n && !seen.TryAdd(n.Value, n))
                {
                    r.Error(n, $"service name '{n.Value}' is used twice (first at line {seen[n.Value].Line})");
                }
            }
        }
        if (services is null || sharing is null || services.Any(s => s is null))
        {
            return null;
        }
        WarnPartition(services!, sharing, scenario, map, r);
        return new ServingSpec(services!, sharing, chips);
    }

    /// <summary>Under a partition, replicas beyond what the held servers take would wait for ever: warned at <c>sharing</c>.</summary>
    private static void WarnPartition(IReadOnlyList<ServiceSpec?> services, PolicyChoice sharing, ScenarioSpec scenario, MappingNode map, NodeReader r)
    {
        var share = PolicyCatalog.ChipSharing.Create(sharing).ReservedShare;
        if (share <= 0)
        {
            return;
        }
        foreach (var pool in services.OfType<ServiceSpec>().GroupBy(s => s.Pool))
        {
            var racks = scenario.Center.Pools[pool.Key].Racks;
            var perServer = scenario.Hardware[racks.ServerType].ChipsPerServer;
            var servers = racks.Count * racks.ServersPerRack;
            var held = Math.Clamp((int)Math.Round(share * servers), 1, servers) * perServer;
            var wanted = pool.Sum(s => s.Autoscaling.MaxReplicas * s.ChipsPerReplica);
            if (wanted > held)
            {
                r.Warn(map.Find("sharing")!.Value, $"the partition holds {held} chips of pool '{scenario.Center.Pools[pool.Key].Name}' for services, fewer than the {wanted} their replicas need at most; replicas beyond it wait for chips that never come");
            }
        }
    }

    private static void Unsupported(MappingNode map, ScenarioSpec scenario, NodeReader r)
    {
        var key = map.Find("services")?.Key ?? (Node)map;
        if (scenario.Stop.IsJobCount)
        {
            r.Error(key, "inference services need 'duration' (they are measured over time), not 'stop_after_jobs'");
        }
        if (scenario.Network is not null)
        {
            r.Error(key, "inference services run in a single-center scenario; this one has several centers");
        }
        if (scenario.Infrastructure.Power is { } power && ((power.HasCaps && power.Capping != CenterSim.Model.Infrastructure.CappingMode.None) || power.Management.Sleeps))
        {
            r.Error(key, "inference services do not work with power caps or sleeping servers yet (their chips are not throttled or woken)");
        }
    }

    /// <summary>The built-in catalog with the scenario's chips added (a name in both: the scenario's figures win).</summary>
    private static IReadOnlyDictionary<string, ChipSpec> Chips(Node? node, NodeReader r)
    {
        var result = new Dictionary<string, ChipSpec>(ChipCatalog.BuiltIn, StringComparer.OrdinalIgnoreCase);
        if (r.Mapping(node, "chips") is not { } map)
        {
            return result;
        }
        foreach (var entry in map.Entries)
        {
            var chip = r.Mapping(entry.Value, entry.Name);
            if (chip is null)
            {
                continue;
            }
            var context = $"serving.chips.{entry.Name}";
            r.CheckKeys(chip, context, ChipKeys);
            var flops = r.Number(r.Required(chip, "peak_tflops", context), "peak_tflops", Bounds.Positive);
            var hbm = r.Number(r.Required(chip, "hbm_gb", context), "hbm_gb", Bounds.Positive);
            var bw = r.Number(r.Required(chip, "hbm_tb_per_s", context), "hbm_tb_per_s", Bounds.Positive);
            var source = NodeReader.Optional(chip, "source") is { } s ? r.String(s, "source") : null;
            if (flops is not null && hbm is not null && bw is not null)
            {
                result[entry.Name] = new ChipSpec(entry.Name, flops.Value, hbm.Value, bw.Value, source ?? "given in the scenario", source is null);
            }
        }
        return result;
    }
}
