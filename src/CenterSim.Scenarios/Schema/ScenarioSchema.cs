using System.Text.Json;
using System.Text.Json.Nodes;
using CenterSim.Policies;
using CenterSim.Policies.Registry;
using CenterSim.Scenarios.Experiments;
using CenterSim.Scenarios.Market;
using CenterSim.Scenarios.Network;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Validation;
using static CenterSim.Scenarios.Schema.SchemaNodes;

namespace CenterSim.Scenarios.Schema;

/// <summary>
/// A JSON Schema (draft-07) of scenario files for editors, built from the key lists, policy catalog and
/// names the validator itself uses, so the two cannot drift apart. It checks keys, types and names;
/// the validator's cross-checks (bounds that depend on other keys, references between sections) stay
/// with <c>centersim validate</c>.
/// </summary>
public static class ScenarioSchema
{
    public static string Json() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static JsonObject Build()
    {
        var distribution = Closed(DistributionSection.Kinds);
        distribution["minProperties"] = 1;
        distribution["maxProperties"] = 1;
        var training = Closed(TenantSection.TrainingKeys, new Dictionary<string, JsonNode>
        {
            ["arrivals_per_hour"] = Number(0),
            ["chips"] = AnyOf(Array(Integer(1)), Closed(TenantSection.ChipChoiceKeys)),
            ["chip_hours"] = distribution,
            ["input_gb"] = AnyOf(Number(0), distribution),
        });
        var tenant = Closed(TenantSection.Keys, new Dictionary<string, JsonNode>
        {
            ["group"] = Text(),
            ["count"] = Integer(1),
            ["category"] = Enum(TenantSection.Categories.Keys),
            ["training"] = training,
            ["region"] = Text(),
            ["patience"] = Duration(),
            ["spot"] = Boolean(),
            ["committed_chips"] = Integer(0),
            ["committed_center"] = Text(),
        }, "group", "category");
        var racks = Closed(PoolSection.RackKeys, new Dictionary<string, JsonNode> { ["count"] = Integer(1), ["servers_per_rack"] = Integer(1), ["server"] = Text(), ["uplink_gbps"] = Number(0) }, "count", "servers_per_rack", "server");
        var center = Closed(CenterSection.Keys, new Dictionary<string, JsonNode>
        {
            ["name"] = Text(),
            ["region"] = Text(),
            ["pue"] = Number(1, PhysicalLimits.MaxPue),
            ["tariff"] = Closed(TariffSection.Keys, new Dictionary<string, JsonNode> { [TariffSection.Flat] = Number(0), [TariffSection.Hourly] = Hours() }),
            ["racks"] = racks,
            ["pools"] = Array(Closed(PoolSection.Keys, new Dictionary<string, JsonNode> { ["name"] = Text(), ["racks"] = racks, ["pricing"] = Policy(PolicyCatalog.Pricing) }, "name", "racks")),
            ["carbon_kg_per_kwh"] = Number(0),
            ["pricing"] = Policy(PolicyCatalog.Pricing),
            ["domestic_power_subsidy"] = Number(0),
        }, "name", "tariff"); // pue too, unless infrastructure.power gives a load-dependent PUE
        var power = Closed(InfrastructureSection.PowerKeys.Where(k => k != "tariff_yuan_per_kwh_by_hour"), new Dictionary<string, JsonNode>
        {
            ["table_w"] = Closed(InfrastructureSection.TableKeys),
            ["management"] = AnyOf(Enum(["always-on"]), Closed(InfrastructureSection.ManagementKeys)),
            ["capping"] = Enum(["none", "throttle", "delay"]),
            ["carbon_kg_per_kwh_by_hour"] = Hours(),
        });
        var root = Closed(ScenarioConverter.Keys, new Dictionary<string, JsonNode>
        {
            ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9._-]+$" },
            ["seed"] = Integer(0),
            ["replications"] = Integer(1),
            ["duration"] = Duration(),
            ["warmup"] = Duration(),
            ["stop_after_jobs"] = Integer(1),
            ["warmup_jobs"] = Integer(0),
            ["output"] = Closed(ScenarioConverter.OutputKeys, new Dictionary<string, JsonNode> { ["jobs_csv"] = Boolean() }),
            ["hardware"] = Closed(HardwareSection.Keys, new Dictionary<string, JsonNode>
            {
                ["servers"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Closed(HardwareSection.ServerKeys, null, "chip", "chips", "idle_w", "peak_w") },
            }, "servers"),
            ["centers"] = Array(center),
            ["tenants"] = Array(tenant),
            ["policies"] = Closed(PolicySection.Keys, new Dictionary<string, JsonNode>
            {
                ["scheduling"] = Policy(PolicyCatalog.Scheduling),
                ["placement"] = Policy(PolicyCatalog.Placement),
                ["pricing"] = Policy(PolicyCatalog.Pricing),
                ["broker"] = Policy(PolicyCatalog.Broker),
            }),
            ["workload"] = Closed(WorkloadSection.Keys, new Dictionary<string, JsonNode> { ["trace"] = Text(), ["format"] = Enum(WorkloadSection.Formats), ["region"] = Text() }, "trace"),
            ["market"] = Closed(MarketSection.Keys, new Dictionary<string, JsonNode>
            {
                ["period"] = Duration(),
                ["vouchers"] = AnyOf(
                    Closed(MarketSection.VoucherKeys, new Dictionary<string, JsonNode> { ["preset"] = Enum(VoucherPresets.All.Keys), ["allocation"] = Policy(PolicyCatalog.VoucherAllocation), ["expires"] = Boolean(), ["serving_bills"] = Boolean() }),
                    Array(Closed(MarketSection.VoucherKeys.Concat(AgencySection.Keys), new Dictionary<string, JsonNode>
                    {
                        ["preset"] = Enum(VoucherPresets.All.Keys),
                        ["allocation"] = Policy(PolicyCatalog.VoucherAllocation),
                        ["name"] = Text(),
                        ["region"] = Text(),
                        ["spend_in"] = AnyOf(Enum([AgencySection.OwnRegion, AgencySection.Anywhere]), Array(Text())),
                        ["transfer_fees"] = Boolean(),
                        ["serving_bills"] = Boolean(),
                    }, "region"))),
                ["counterfactual"] = Enum(MarketSection.Counterfactuals),
            }),
            ["infrastructure"] = Closed(InfrastructureSection.Keys, new Dictionary<string, JsonNode>
            {
                ["topology"] = Closed(InfrastructureSection.TopologyKeys),
                ["power"] = power,
                ["failures"] = Closed(FailureSection.Keys, new Dictionary<string, JsonNode>
                {
                    ["causes"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z0-9_-]+$" },
                        ["additionalProperties"] = Closed(FailureSection.CauseKeys, new Dictionary<string, JsonNode> { ["per"] = Enum(FailureSection.Units), ["mtbf"] = Duration(), ["count"] = Number(0), ["repair"] = Duration() }, "per", "repair"),
                    },
                    ["observed"] = Closed(FailureSection.ObservedKeys, new Dictionary<string, JsonNode> { ["duration"] = Duration(), ["chips"] = Integer(1), ["servers"] = Integer(1) }, "duration"),
                    ["checkpoint_interval"] = AnyOf(Duration(), Enum(new[] { FailureSection.Optimal })),
                }),
            }),
            ["network"] = Closed(NetworkSection.Keys, new Dictionary<string, JsonNode>
            {
                ["links"] = Array(Closed(NetworkSection.LinkKeys, new Dictionary<string, JsonNode> { ["between"] = Array(Text()), ["gbps"] = Number(0, PhysicalLimits.MaxLinkGbps), ["latency_ms"] = Number(0), ["yuan_per_gb"] = Number(0) }, "between", "gbps")),
            }),
            ["serving"] = ServingSchema.Build(distribution),
            ["variants"] = Array(Closed(StudySection.VariantKeys, new Dictionary<string, JsonNode> { ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9._-]+$" }, ["set"] = new JsonObject { ["type"] = "object" } }, "name", "set")),
            ["sweep"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["minItems"] = 1 } },
            ["headline"] = Array(Text()),
            ["precision"] = Closed(StudySection.PrecisionKeys, new Dictionary<string, JsonNode> { ["metric"] = Text(), ["half_width_percent"] = Number(0), ["max_replications"] = Integer(2) }, "metric", "half_width_percent", "max_replications"),
        }, "name", "seed", "hardware", "centers");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["title"] = "CenterSim scenario";
        root["description"] = "Generated by `centersim schema` from the validator's own rules; see docs/scenario-format.md.";
        return root;
    }

    /// <summary>A policy: its name, or a mapping of its name and its numeric parameters, as the catalog lists them.</summary>
    internal static JsonObject Policy(IPolicyCatalog catalog)
    {
        var forms = catalog.Names.Select(name =>
        {
            var parameters = catalog.ParametersOf(name) ?? [];
            var o = Closed(parameters.Select(p => p.Name).Prepend("name"), parameters.ToDictionary(p => p.Name, p => (JsonNode)Number()), "name");
            o["properties"]!["name"] = new JsonObject { ["const"] = name };
            var required = o["required"]!.AsArray();
            foreach (var p in parameters.Where(p => p.Required))
            {
                required.Add(p.Name);
            }
            return (JsonNode)o;
        }).Prepend(Enum(catalog.Names)).ToArray();
        return AnyOf(forms);
    }
}
