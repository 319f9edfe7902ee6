using CenterSim.Model.Scenario;
using CenterSim.Model.Serving;
using CenterSim.Policies;
using CenterSim.Policies.Serving;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Serving;

/// <summary>One entry of <c>serving.services</c>: the model, its replicas, requests, objectives, autoscaling and prices.</summary>
public static class ServiceSection
{
    public static readonly string[] Keys =
    {
        "name", "pool", "tenant", "model", "chips_per_replica", "requests", "slo", "autoscaling", "pricing",
        "max_batch", "max_queue", "compute_utilization", "bandwidth_utilization", "kv_memory_share",
    };

    public static readonly string[] ModelKeys = { "parameters_billions", "bytes_per_parameter", "kv_bytes_per_token" };

    public static readonly string[] SloKeys = { "ttft_s", "tpot_s", "percentile" };

    public static readonly string[] AutoscalingKeys = { "policy", "replicas", "min_replicas", "max_replicas", "initial_replicas", "interval", "warmup" };

    public static ServiceSpec? Read(Node node, ScenarioSpec scenario, IReadOnlyDictionary<string, ChipSpec> chips, NodeReader r)
    {
        var map = r.Mapping(node, "services");
        if (map is null)
        {
            return null;
        }
        var name = r.String(r.Required(map, "name", "a service"), "name") ?? "?";
        var context = $"serving.services.{name}";
        r.CheckKeys(map, context, Keys);
        var pool = Pool(map, scenario, context, r);
        var model = Model(r.Required(map, "model", context), context, r);
        var k = r.Int(r.Required(map, "chips_per_replica", context), "chips_per_replica", 1);
        var requests = RequestSection.Read(r.Required(map, "requests", context), context + ".requests", r);
        var slo = Slo(r.Required(map, "slo", context), context, r);
        var pricing = ServicePricing.Read(r.Required(map, "pricing", context), r);
        var tenantOk = ServicePricing.Tenant(map, scenario, context, r, out var tenant);
        var maxBatch = NodeReader.Optional(map, "max_batch") is { } mb ? r.Int(mb, "max_batch", 1, 100_000) : 256;
        var maxQueue = NodeReader.Optional(map, "max_queue") is { } mq ? r.Int(mq, "max_queue", 0, 100_000_000) : 10_000;
        var mfu = Share(map, "compute_utilization", 0.5, r);
        var mbu = Share(map, "bandwidth_utilization", 0.8, r);
        var kvShare = Share(map, "kv_memory_share", 0.9, r);
        var poolSpec = pool is { } pi ? scenario.Center.Pools[pi] : null;
        var server = poolSpec is null ? null : scenario.Hardware[poolSpec.Racks.ServerType];
        var poolChips = poolSpec is null || server is null ? 0 : poolSpec.Racks.Count * poolSpec.Racks.ServersPerRack * server.ChipsPerServer;
        var autoscaling = Autoscaling(r.Required(map, "autoscaling", context), context, poolChips / Math.Max(1, k ?? 1), r);
        if (server is not null && k is { } kk && map.Find("chips_per_replica") is { } kEntry)
        {
            if (kk > poolChips || (kk > server.ChipsPerServer && kk % server.ChipsPerServer != 0))
            {
                r.Error(kEntry.Value, $"'chips_per_replica': {kk} chips must fit on one server of {server.ChipsPerServer} chips or be whole servers, within the pool's {poolChips} chips");
                k = null;
            }
            else if (!chips.TryGetValue(server.Chip, out var chip))
            {
                r.Error(map.Find("pool")?.Value ?? kEntry.Value, $"the pool's chip '{server.Chip}' has no figures for the performance model; known: {string.Join(", ", chips.Keys.Order())} (add it under serving.chips)");
                k = null;
            }
            else if (model is not null && model.WeightBytes > kk * chip.HbmBytes)
            {
                r.Error(kEntry.Value, $"the model's {model.WeightBytes / 1e9:F0} GB of weights do not fit in {kk} x {chip.HbmGb} GB of HBM");
                k = null;
            }
        }
        if (r.HasErrors || pool is null || model is null || k is null || requests is null || slo is null || autoscaling is null || pricing is null
            || !tenantOk || maxBatch is null || maxQueue is null || mfu is null || mbu is null || kvShare is null)
        {
            return null;
        }
        return new ServiceSpec(name, pool.Value, model, k.Value, requests, slo, autoscaling, pricing)
        {
            Tenant = tenant,
            MaxBatch = maxBatch.Value,
            MaxQueue = maxQueue.Value,
            ComputeUtilization = mfu.Value,
            BandwidthUtilization = mbu.Value,
            KvMemoryShare = kvShare.Value,
        };
    }

    private static double? Share(MappingNode map, string key, double fallback, NodeReader r) =>
        NodeReader.Optional(map, key) is { } n ? r.Number(n, key, new Bounds(0, true, 1)) : fallback;

    private static int? Pool(MappingNode map, ScenarioSpec scenario, string context, NodeReader r)
    {
        var pools = scenario.Center.Pools;
        var node = NodeReader.Optional(map, "pool");
        if (node is null)
        {
            if (pools.Count == 1)
            {
                return 0;
            }
            r.Required(map, "pool", context + $" (the center has several pools: {string.Join(", ", pools.Select(p => p.Name))})");
            return null;
        }
        var name = r.String(node, "pool");
        var index = pools.ToList().FindIndex(p => p.Name == name);
        if (name is not null && index < 0)
        {
            r.Error(node, $"unknown pool '{name}'{Suggestions.HintWithList(name, pools.Select(p => p.Name).ToList())}");
        }
        return index < 0 ? null : index;
    }

    private static ServedModelSpec? Model(Node? node, string context, NodeReader r)
    {
        var map = r.Mapping(node, "model");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context + ".model", ModelKeys);
        var p = r.Number(r.Required(map, "parameters_billions", context + ".model"), "parameters_billions", new Bounds(0, true, 1e5));
        var b = r.Number(r.Required(map, "bytes_per_parameter", context + ".model"), "bytes_per_parameter", new Bounds(0, true, 16));
        var kv = r.Number(r.Required(map, "kv_bytes_per_token", context + ".model"), "kv_bytes_per_token", new Bounds(0, true, 1e9));
        return p is null || b is null || kv is null ? null : new ServedModelSpec(p.Value, b.Value, kv.Value);
    }

    private static SloSpec? Slo(Node? node, string context, NodeReader r)
    {
        var map = r.Mapping(node, "slo");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context + ".slo", SloKeys);
        var ttft = r.Number(r.Required(map, "ttft_s", context + ".slo"), "ttft_s", Bounds.Positive);
        var tpot = r.Number(r.Required(map, "tpot_s", context + ".slo"), "tpot_s", Bounds.Positive);
        var pct = NodeReader.Optional(map, "percentile") is { } pn ? r.Number(pn, "percentile", new Bounds(0, true, 100)) : 99;
        return ttft is null || tpot is null || pct is null ? null : new SloSpec(ttft.Value, tpot.Value, pct.Value);
    }

    /// <summary><c>fixed</c> takes <c>replicas</c>; the others <c>min_replicas</c>, <c>max_replicas</c> and optional <c>initial_replicas</c>. Every policy needs <c>warmup</c>.</summary>
    private static AutoscalingSpec? Autoscaling(Node? node, string context, int fit, NodeReader r)
    {
        var map = r.Mapping(node, "autoscaling");
        if (map is null)
        {
            return null;
        }
        var label = context + ".autoscaling";
        r.CheckKeys(map, label, AutoscalingKeys);
        var policy = PolicySection.ReadChoice(r.Required(map, "policy", label), PolicyCatalog.Autoscaling, null, r);
        var warmup = r.Duration(r.Required(map, "warmup", label + " (how long a new replica loads its weights, e.g. 2m)"), "warmup", Bounds.AtLeast(0));
        var interval = NodeReader.Optional(map, "interval") is { } i ? r.Duration(i, "interval", Bounds.Positive) : 60;
        int? min, max, initial;
        if (policy is not null && PolicyCatalog.Autoscaling.Create(policy) is FixedAutoscaling)
        {
            foreach (var key in new[] { "min_replicas", "max_replicas", "initial_replicas" }.Where(k => map.Find(k) is not null))
            {
                r.Error(map.Find(key)!.Key, $"'{key}' goes with a scaling policy; 'fixed' keeps 'replicas'");
            }
            min = max = initial = r.Int(r.Required(map, "replicas", label), "replicas", 0, Math.Max(0, fit));
        }
        else
        {
            if (map.Find("replicas") is { } e)
            {
                r.Error(e.Key, "'replicas' goes with the 'fixed' policy; a scaling policy takes min_replicas, max_replicas and initial_replicas");
            }
            min = r.Int(r.Required(map, "min_replicas", label), "min_replicas", 0, Math.Max(0, fit));
            max = r.Int(r.Required(map, "max_replicas", label), "max_replicas", Math.Max(1, min ?? 1), Math.Max(1, fit));
            initial = NodeReader.Optional(map, "initial_replicas") is { } n ? r.Int(n, "initial_replicas", min ?? 0, max ?? int.MaxValue) : min;
        }
        return policy is null || warmup is null || interval is null || min is null || max is null || initial is null ? null
            : new AutoscalingSpec(policy, min.Value, max.Value, initial.Value, interval.Value, warmup.Value);
    }
}
