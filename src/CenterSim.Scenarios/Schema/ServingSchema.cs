using System.Text.Json.Nodes;
using CenterSim.Policies;
using CenterSim.Scenarios.Serving;
using static CenterSim.Scenarios.Schema.SchemaNodes;

namespace CenterSim.Scenarios.Schema;

/// <summary>The schema of the <c>serving</c> section, from the key lists its validator uses.</summary>
public static class ServingSchema
{
    public static JsonObject Build(JsonNode distribution)
    {
        var requests = Closed(RequestSection.Keys, new Dictionary<string, JsonNode>
        {
            ["replay"] = Text(),
            ["repeats"] = Integer(1),
            ["arrivals_per_second"] = Number(0),
            ["daily_profile"] = Hours(),
            ["prompt_tokens"] = distribution.DeepClone(),
            ["output_tokens"] = distribution.DeepClone(),
            ["tokens_from"] = Text(),
        });
        var service = Closed(ServiceSection.Keys, new Dictionary<string, JsonNode>
        {
            ["name"] = Text(),
            ["pool"] = Text(),
            ["tenant"] = Text(),
            ["model"] = Closed(ServiceSection.ModelKeys, ServiceSection.ModelKeys.ToDictionary(k => k, _ => (JsonNode)Number(0)), ServiceSection.ModelKeys),
            ["chips_per_replica"] = Integer(1),
            ["requests"] = requests,
            ["slo"] = Closed(ServiceSection.SloKeys, ServiceSection.SloKeys.ToDictionary(k => k, _ => (JsonNode)Number(0)), "ttft_s", "tpot_s"),
            ["autoscaling"] = Closed(ServiceSection.AutoscalingKeys, new Dictionary<string, JsonNode>
            {
                ["policy"] = ScenarioSchema.Policy(PolicyCatalog.Autoscaling),
                ["replicas"] = Integer(0),
                ["min_replicas"] = Integer(0),
                ["max_replicas"] = Integer(1),
                ["initial_replicas"] = Integer(0),
                ["interval"] = Duration(),
                ["warmup"] = Duration(),
            }, "policy", "warmup"),
            ["pricing"] = ScenarioSchema.Policy(PolicyCatalog.Pricing),
            ["max_batch"] = Integer(1),
            ["max_queue"] = Integer(0),
            ["compute_utilization"] = Number(0),
            ["bandwidth_utilization"] = Number(0),
            ["kv_memory_share"] = Number(0),
        }, "name", "model", "chips_per_replica", "requests", "slo", "autoscaling", "pricing");
        var chip = Closed(ServingSection.ChipKeys, new Dictionary<string, JsonNode>
        {
            ["peak_tflops"] = Number(0),
            ["hbm_gb"] = Number(0),
            ["hbm_tb_per_s"] = Number(0),
            ["source"] = Text(),
        }, "peak_tflops", "hbm_gb", "hbm_tb_per_s");
        return Closed(ServingSection.Keys, new Dictionary<string, JsonNode>
        {
            ["sharing"] = ScenarioSchema.Policy(PolicyCatalog.ChipSharing),
            ["services"] = Array(service),
            ["chips"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = chip },
        }, "sharing", "services");
    }
}
