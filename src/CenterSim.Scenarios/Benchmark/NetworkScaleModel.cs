using CenterSim.Model.Scenario;
using YamlDotNet.Serialization;

namespace CenterSim.Scenarios.Benchmark;

/// <summary>
/// The generated national network of <c>bench --network</c>: the six hubs of east-west-network.yaml (PUE, tariffs,
/// carbon, prices and the nine east-west links), each of <c>racksPerHub</c> racks of 8 servers of 8 chips. Ten
/// tenants per hub submit gangs of 1 to 256 chips (log-normal work, mean 40 chip-hours, and input data, mean 500 GB)
/// as in <c>bench --scale</c>; the eastern hubs offer 1.2 times their chips, the western 0.6, so the network as a
/// whole runs at <see cref="Load"/> and the <c>shortest-wait</c> broker moves eastern work west. A simulated month
/// (by default) after a day of warm-up.
/// The model is written as scenario YAML and read back through <see cref="ScenarioLoader"/>, so it passes every
/// check a scenario file does; a problem, or a key without effect, is an error here.
/// </summary>
public static class NetworkScaleModel
{
    public const double MeanChipHours = 40;
    public const double EastLoad = 1.2;
    public const double WestLoad = 0.6;
    public const double Load = (EastLoad + WestLoad) / 2;
    public const int ChipsPerRack = 8 * 8;
    public const int TenantsPerHub = 10;

    /// <summary>The largest gang: a hub needs at least this many chips.</summary>
    public const int LargestGang = 256;

    /// <summary>261 racks: 16,704 chips a hub, 100,224 in the network.</summary>
    public const int DefaultRacksPerHub = 261;

    private const string SourceName = "bench-network";

    private static readonly Hub[] Hubs =
    {
        new("jingjinji", "beijing-tianjin-hebei", 1.3, 0.57, 0.57, 10, true),
        new("changsanjiao", "yangtze-river-delta", 1.25, 0.57, 0.57, 10, true),
        new("yuegangao", "greater-bay-area", 1.3, 0.57, 0.57, 10, true),
        new("qingyang", "gansu", 1.15, 0.4, 0.11, 8, false),
        new("guian", "guizhou", 1.2, 0.4, 0.11, 8, false),
        new("helinger", "inner-mongolia", 1.2, 0.4, 0.11, 8, false),
    };

    /// <summary>One-way latencies in ms from each eastern hub to each western one, as in east-west-network.yaml.</summary>
    private static readonly int[,] LatencyMs = { { 18, 20, 8 }, { 20, 15, 16 }, { 22, 10, 22 } };

    public static int HubCount => Hubs.Length;

    /// <summary>The validated spec; throws <see cref="InvalidOperationException"/> with every diagnostic when the model is not a valid scenario.</summary>
    public static ScenarioSpec Spec(int racksPerHub = DefaultRacksPerHub, double days = 30, ulong seed = 1)
    {
        var load = ScenarioLoader.Parse(Yaml(racksPerHub, days, seed), SourceName);
        var problems = load.Errors.Concat(load.Warnings).ToList();
        if (!load.Ok || problems.Count > 0)
        {
            throw new InvalidOperationException($"the generated network of {racksPerHub} racks per hub is not a valid scenario:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
        return load.Spec!;
    }

    /// <summary>The model as scenario YAML (docs/scenario-format.md).</summary>
    public static string Yaml(int racksPerHub, double days, ulong seed = 1)
    {
        var chips = racksPerHub * ChipsPerRack;
        var west = Hubs.Where(h => !h.East).ToArray();
        var scenario = new Dictionary<string, object>
        {
            ["name"] = $"network-scale-{Hubs.Length * chips}",
            ["seed"] = seed,
            ["replications"] = 1,
            ["duration"] = $"{(days + 1) * 24:R}h",
            ["warmup"] = "24h",
            ["output"] = new Dictionary<string, object> { ["jobs_csv"] = false },
            ["hardware"] = new Dictionary<string, object>
            {
                ["servers"] = new Dictionary<string, object>
                {
                    ["atlas-800t"] = new Dictionary<string, object>
                    {
                        ["chip"] = "ascend-910b",
                        ["chips"] = 8,
                        ["idle_w"] = 1400,
                        ["peak_w"] = 5600,
                        ["ecosystem"] = "cann",
                    },
                },
            },
            ["centers"] = Hubs.Select(h => new Dictionary<string, object>
            {
                ["name"] = h.Name,
                ["region"] = h.Region,
                ["pue"] = h.Pue,
                ["tariff"] = new Dictionary<string, object> { ["flat_yuan_per_kwh"] = h.TariffYuanPerKwh },
                ["carbon_kg_per_kwh"] = h.CarbonKgPerKwh,
                ["pricing"] = new Dictionary<string, object> { ["name"] = "fixed", ["yuan_per_chip_hour"] = h.YuanPerChipHour },
                ["racks"] = new Dictionary<string, object> { ["count"] = racksPerHub, ["servers_per_rack"] = 8, ["server"] = "atlas-800t" },
            }).ToList(),
            ["network"] = new Dictionary<string, object>
            {
                ["links"] = Hubs.Where(h => h.East).SelectMany((e, i) => west.Select((w, j) => new Dictionary<string, object>
                {
                    ["between"] = new[] { e.Region, w.Region },
                    ["gbps"] = 400,
                    ["latency_ms"] = LatencyMs[i, j],
                    ["yuan_per_gb"] = 0.1,
                })).ToList(),
            },
            ["tenants"] = Hubs.Select(h => new Dictionary<string, object>
            {
                ["group"] = $"{h.Name}-tenants",
                ["region"] = h.Region,
                ["count"] = TenantsPerHub,
                ["category"] = "enterprise",
                ["training"] = new Dictionary<string, object>
                {
                    ["arrivals_per_hour"] = (h.East ? EastLoad : WestLoad) * chips / MeanChipHours / TenantsPerHub,
                    ["chips"] = new Dictionary<string, object>
                    {
                        ["values"] = new[] { 1, 8, 16, 64, LargestGang },
                        ["weights"] = new[] { 0.3, 0.35, 0.15, 0.15, 0.05 },
                    },
                    ["chip_hours"] = LogNormal(MeanChipHours, 2 * MeanChipHours),
                    ["input_gb"] = LogNormal(500, 1000),
                },
            }).ToList(),
            ["policies"] = new Dictionary<string, object>
            {
                ["scheduling"] = "easy-backfill",
                ["placement"] = "topology-packing",
                ["broker"] = "shortest-wait",
            },
        };
        return new SerializerBuilder().Build().Serialize(scenario);
    }

    private static Dictionary<string, object> LogNormal(double mean, double sd) =>
        new() { ["lognormal"] = new Dictionary<string, object> { ["mean"] = mean, ["sd"] = sd } };

    private sealed record Hub(string Name, string Region, double Pue, double TariffYuanPerKwh, double CarbonKgPerKwh, double YuanPerChipHour, bool East);
}
