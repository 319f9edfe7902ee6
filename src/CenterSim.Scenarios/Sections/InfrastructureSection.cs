using CenterSim.Model.Infrastructure;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>The optional <c>infrastructure</c> section: <c>topology</c>, <c>power</c> and <c>failures</c>.</summary>
public static class InfrastructureSection
{
    public static readonly string[] Keys = { "topology", "power", "failures" };

    public static readonly string[] TopologyKeys =
    {
        "fabric_gbps", "fabric_latency_us", "nic_gbps", "tor_latency_us", "spine_latency_us", "gradient_gb", "step_compute_s", "overlap",
    };

    public static readonly string[] PowerKeys =
    {
        "table_w", "management", "rack_cap_kw", "facility_budget_kw", "capping", "pue_at_idle", "pue_at_full", "tariff_yuan_per_kwh_by_hour", "carbon_kg_per_kwh_by_hour",
        "throttle_power_exponent",
    };

    /// <summary>The first-order CMOS model: dynamic power C V^2 f with the voltage scaled in proportion to the frequency.</summary>
    public const double DefaultThrottlePowerExponent = 3;

    public static readonly string[] TableKeys = { "idle", "median", "p90", "peak" };

    public static readonly string[] ManagementKeys = { "name", "idle_timeout", "sleep_w", "transition", "transition_w" };

    /// <param name="rackIdleW">idle watts of a full rack (the largest of any center), when known, to check that caps leave room above idle</param>
    /// <param name="centerIdleW">idle IT watts of a whole center (the largest of any center), when known</param>
    public static InfrastructureSpec? Read(Node? node, double? rackIdleW, double? centerIdleW, NodeReader r)
    {
        if (node is null)
        {
            return InfrastructureSpec.None;
        }
        var map = r.Mapping(node, "infrastructure");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "infrastructure", Keys);
        var before = r.Diagnostics.Count;
        var topology = NodeReader.Optional(map, "topology") is { } t ? ReadTopology(t, r) : null;
        var power = NodeReader.Optional(map, "power") is { } p ? ReadPower(p, rackIdleW, centerIdleW, r) : null;
        var failures = NodeReader.Optional(map, "failures") is { } f ? FailureSection.Read(f, r) : null;
        return r.Diagnostics.Count > before ? null : new InfrastructureSpec(topology, power, failures);
    }

    private static TopologySpec? ReadTopology(Node node, NodeReader r)
    {
        var map = r.Mapping(node, "topology");
        if (map is null)
        {
            return null;
        }
        const string c = "infrastructure.topology";
        r.CheckKeys(map, c, TopologyKeys);
        double? Num(string key, Bounds b, double? fallback = null) =>
            NodeReader.Optional(map, key) is { } v ? r.Number(v, key, b) : fallback ?? r.Number(r.Required(map, key, c), key, b);
        var fabric = Num("fabric_gbps", Bounds.Positive);
        var fabricLat = Num("fabric_latency_us", Bounds.AtLeast(0), 0);
        var nic = Num("nic_gbps", Bounds.Positive);
        var torLat = Num("tor_latency_us", Bounds.AtLeast(0), 0);
        var spineLat = Num("spine_latency_us", Bounds.AtLeast(0), 0);
        var gradient = Num("gradient_gb", Bounds.Positive);
        var step = Num("step_compute_s", Bounds.Positive);
        var overlap = Num("overlap", Bounds.Between(0, 0.99), 0);
        if (fabric is null || fabricLat is null || nic is null || torLat is null || spineLat is null || gradient is null || step is null || overlap is null)
        {
            return null;
        }
        return new TopologySpec(fabric.Value, fabricLat.Value, nic.Value, torLat.Value, spineLat.Value, gradient.Value, step.Value, overlap.Value);
    }

    private static PowerSpec? ReadPower(Node node, double? rackIdleW, double? centerIdleW, NodeReader r)
    {
        var map = r.Mapping(node, "power");
        if (map is null)
        {
            return null;
        }
        const string c = "infrastructure.power";
        r.CheckKeys(map, c, PowerKeys);
        var ok = true;
        PowerTableSpec? table = null;
        if (NodeReader.Optional(map, "table_w") is { } tn && r.Mapping(tn, "table_w") is { } tm)
        {
            r.CheckKeys(tm, c + ".table_w", TableKeys);
            var vals = TableKeys.Select(k => r.Number(r.Required(tm, k, c + ".table_w"), k, PhysicalLimits.ServerWatts)).ToArray();
            if (vals.All(v => v is not null))
            {
                if (!(vals[0] <= vals[1] && vals[1] <= vals[2] && vals[2] <= vals[3]))
                {
                    r.Error(tm, "'table_w': idle <= median <= p90 <= peak is required, so power rises with load");
                    ok = false;
                }
                table = new PowerTableSpec(vals[0]!.Value, vals[1]!.Value, vals[2]!.Value, vals[3]!.Value);
            }
            else
            {
                ok = false;
            }
        }
        var management = ReadManagement(NodeReader.Optional(map, "management"), r);
        var rackCapNode = NodeReader.Optional(map, "rack_cap_kw");
        var rackCap = rackCapNode is null ? null : r.Number(rackCapNode, "rack_cap_kw", Bounds.Positive);
        if (rackCap is not null && rackIdleW is not null && rackCap * 1000 <= rackIdleW)
        {
            r.Error(rackCapNode!, $"'rack_cap_kw' ({NodeReader.Format(rackCap.Value)}) must exceed the rack's idle draw ({NodeReader.Format(rackIdleW.Value / 1000)} kW), or no job could ever run");
            ok = false;
        }
        var budgetNode = NodeReader.Optional(map, "facility_budget_kw");
        var budget = budgetNode is null ? null : r.Number(budgetNode, "facility_budget_kw", Bounds.Positive);
        if (budget is not null && centerIdleW is not null && budget * 1000 <= centerIdleW)
        {
            r.Error(budgetNode!, $"'facility_budget_kw' ({NodeReader.Format(budget.Value)}) must exceed the center's idle IT draw ({NodeReader.Format(centerIdleW.Value / 1000)} kW)");
            ok = false;
        }
        var capping = CappingMode.None;
        if (NodeReader.Optional(map, "capping") is { } cn)
        {
            var name = r.String(cn, "capping");
            var names = new[] { "none", "throttle", "delay" };
            if (name is not null && !names.Contains(name))
            {
                r.Error(cn, $"'capping': unknown '{name}'{Suggestions.HintWithList(name, names)}");
                ok = false;
            }
            capping = name switch { "throttle" => CappingMode.Throttle, "delay" => CappingMode.Delay, _ => CappingMode.None };
        }
        var pueIdleNode = NodeReader.Optional(map, "pue_at_idle");
        var pueFullNode = NodeReader.Optional(map, "pue_at_full");
        var pueIdle = pueIdleNode is null ? null : r.Number(pueIdleNode, "pue_at_idle", PhysicalLimits.Pue);
        var pueFull = pueFullNode is null ? null : r.Number(pueFullNode, "pue_at_full", PhysicalLimits.Pue);
        if ((pueIdleNode is null) != (pueFullNode is null))
        {
            r.Error(pueIdleNode ?? pueFullNode!, "give both 'pue_at_idle' and 'pue_at_full' for a load-dependent PUE, or neither");
            ok = false;
        }
        else if (pueIdle is not null && pueFull is not null && pueIdle > 2 * pueFull)
        {
            r.Error(pueIdleNode!, "'pue_at_idle' may be at most twice 'pue_at_full', so facility power still rises with IT power");
            ok = false;
        }
        // The tariff lives in one place, the center's 'tariff', flat or hourly; the old hourly key is refused so no file keeps two.
        if (NodeReader.Optional(map, "tariff_yuan_per_kwh_by_hour") is { } moved)
        {
            r.Error(moved, "'tariff_yuan_per_kwh_by_hour' has moved: write the center's tariff as 'tariff: { yuan_per_kwh_by_hour: [24 values] }' (it replaces 'flat_yuan_per_kwh')");
            ok = false;
        }
        IReadOnlyList<double>? tariff = null;
        var carbon = ReadHours(NodeReader.Optional(map, "carbon_kg_per_kwh_by_hour"), "carbon_kg_per_kwh_by_hour", r, ref ok);
        // Power falls at least in proportion to speed when a chip is slowed, so the exponent is at least 1.
        var exponent = NodeReader.Optional(map, "throttle_power_exponent") is { } en ? r.Number(en, "throttle_power_exponent", Bounds.AtLeast(1)) : DefaultThrottlePowerExponent;
        if (management is null || (rackCapNode is not null && rackCap is null) || (budgetNode is not null && budget is null)
            || (pueIdleNode is not null && pueIdle is null) || (pueFullNode is not null && pueFull is null) || exponent is null || !ok)
        {
            return null;
        }
        return new PowerSpec(table, management, rackCap, budget, capping, pueIdle, pueFull, tariff, carbon) { ThrottlePowerExponent = exponent.Value };
    }

    private static PowerManagementSpec? ReadManagement(Node? node, NodeReader r)
    {
        if (node is null)
        {
            return PowerManagementSpec.Default;
        }
        const string c = "infrastructure.power.management";
        if (node is ScalarNode s)
        {
            if (s.Value == PowerManagementSpec.AlwaysOn)
            {
                return PowerManagementSpec.Default;
            }
            r.Error(s, $"'management': '{s.Value}' needs parameters or is unknown; write 'always-on' or {{ name: sleep-after-idle, idle_timeout: 30m, sleep_w: ..., transition: ..., transition_w: ... }}");
            return null;
        }
        var map = r.Mapping(node, "management");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, c, ManagementKeys);
        var nameNode = r.Required(map, "name", c);
        var name = r.String(nameNode, "name");
        var names = new[] { PowerManagementSpec.AlwaysOn, PowerManagementSpec.SleepAfterIdle };
        if (name is not null && !names.Contains(name))
        {
            r.Error(nameNode!, $"'name': unknown power management '{name}'{Suggestions.HintWithList(name, names)}");
            return null;
        }
        if (name == PowerManagementSpec.AlwaysOn)
        {
            return PowerManagementSpec.Default;
        }
        var timeout = r.Duration(r.Required(map, "idle_timeout", c), "idle_timeout", Bounds.AtLeast(0));
        var sleepW = r.Number(r.Required(map, "sleep_w", c), "sleep_w", Bounds.AtLeast(0));
        var transition = r.Duration(r.Required(map, "transition", c), "transition", Bounds.AtLeast(0));
        var transitionW = r.Number(r.Required(map, "transition_w", c), "transition_w", Bounds.AtLeast(0));
        return name is null || timeout is null || sleepW is null || transition is null || transitionW is null
            ? null
            : new PowerManagementSpec(name, timeout.Value, sleepW.Value, transition.Value, transitionW.Value);
    }

    /// <summary>A single number for every hour, or a list of 24 (hour 0 is 00:00–01:00 of simulated day 0).</summary>
    /// <summary>24 hourly values (or one number for every hour), each at least 0; null with ok cleared on a problem.</summary>
    public static IReadOnlyList<double>? ReadHours(Node? node, string key, NodeReader r, ref bool ok)
    {
        if (node is null)
        {
            return null;
        }
        if (node is ScalarNode)
        {
            var v = r.Number(node, key, Bounds.AtLeast(0));
            if (v is null)
            {
                ok = false;
                return null;
            }
            return Enumerable.Repeat(v.Value, 24).ToArray();
        }
        var list = r.Sequence(node, key);
        if (list is null)
        {
            ok = false;
            return null;
        }
        if (list.Items.Count != 24)
        {
            r.Error(list, $"'{key}': expected 24 hourly values (or one number), found {list.Items.Count}");
            ok = false;
            return null;
        }
        var values = list.Items.Select(i => r.Number(i, key, Bounds.AtLeast(0))).ToArray();
        if (values.Any(v => v is null))
        {
            ok = false;
            return null;
        }
        return values.Select(v => v!.Value).ToArray();
    }
}
