using System.Text.RegularExpressions;
using CenterSim.Model.Infrastructure;
using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Sections;

/// <summary>Turns a scenario's node tree into a <see cref="ScenarioSpec"/>, reporting every problem to the reader.</summary>
public static partial class ScenarioConverter
{
    public static readonly string[] Keys =
    {
        "name", "seed", "replications", "duration", "stop_after_jobs", "warmup", "warmup_jobs",
        "output", "hardware", "centers", "tenants", "policies", "workload", "market", "infrastructure", "network", "serving",
        // Study keys, read by Experiments/StudySection; a single run ignores them.
        "variants", "sweep", "precision", "headline",
    };

    public static readonly string[] OutputKeys = { "jobs_csv" };

    /// <summary>The spec, or null when any problem was reported (the reader then holds them all).</summary>
    public static ScenarioSpec? Convert(Node root, NodeReader r)
    {
        if (root is not MappingNode map)
        {
            r.Error(root, $"a scenario is a mapping of keys (name, seed, hardware, ...), found {root.Describe()}");
            return null;
        }
        r.CheckKeys(map, "", Keys);

        var nameNode = r.Required(map, "name", "the scenario");
        var name = r.String(nameNode, "name");
        if (name is not null && (!ValidName().IsMatch(name) || name.All(c => c == '.')))
        {
            r.Error(nameNode!, $"'name': '{name}' is used as a folder name and may only contain a-z, 0-9, '-', '_' and '.'");
            name = null;
        }
        var seed = r.UInt64(r.Required(map, "seed", "the scenario"), "seed");
        var replications = NodeReader.Optional(map, "replications") is { } rep ? r.Int(rep, "replications", 1) : 1;
        var stop = ReadStop(map, r);
        var output = ReadOutput(NodeReader.Optional(map, "output"), r);

        var hardwareNode = r.Required(map, "hardware", "the scenario");
        var hardware = HardwareSection.Read(hardwareNode, r);
        // Racks are checked against the declared type names even when a type itself has a mistake.
        var declaredTypes = (hardwareNode as MappingNode)?["servers"] is MappingNode servers ? servers.Keys.ToList() : null;
        var centersNode = r.Required(map, "centers", "the scenario");
        var centers = CenterSection.Read(centersNode, declaredTypes, LoadPue.Of(map), r, out var centerPools);
        var centerCount = CenterSection.CountOf(centersNode);
        var several = centerCount > 1;
        var regions = CenterSection.RegionsOf(centersNode);
        var links = Network.NetworkSection.Read(map, centerCount, regions, r);
        var pools = PoolCapacity.Of(centerPools, hardware);
        // Counted in 64 bits; with a center beyond the bounds (reported) the pools are not used for the checks that follow.
        if (pools is not null && !ScaleLimits.CheckCenters(pools, centersNode, r))
        {
            pools = null;
        }
        PowerSubsidyCheck.Check(centersNode, pools, r);
        // A job runs on one pool of one center (a broker can send it to any center), so the largest pool bounds its size.
        int? largestPool = pools?.Max(p => p.Chips);
        var workloadNode = NodeReader.Optional(map, "workload");
        var trace = workloadNode is null ? null : WorkloadSection.Read(workloadNode, largestPool, r, several ? (map.Find("workload")!.Key, regions) : null);
        // With a replayed trace the generated tenants are optional.
        var rules = new TenantRules(pools, several, regions, NodeReader.Optional(map, "market") is not null);
        var tenants = workloadNode is not null && NodeReader.Optional(map, "tenants") is null
            ? Array.Empty<TenantGroupSpec>()
            : TenantSection.Read(r.Required(map, "tenants", "the scenario"), rules, r);
        var policies = PolicySection.Read(NodeReader.Optional(map, "policies"), r);
        PriceCheck.Check(map, r);
        IneffectiveKeys.Check(map, centerCount, r);
        var marketOk = true;
        var places = several && regions is not null
            ? new Market.AgencySection.Places(regions, centers?.Select(c => (c.Name, c.Region)).ToList() ?? new List<(string, string)>())
            : null;
        var market = Market.MarketSection.Read(NodeReader.Optional(map, "market"), r, out marketOk, places);
        if (several)
        {
            Network.NetworkChecks.Check(map, market is not null || !marketOk, r);
        }
        Market.MarketChecks.Check(map, market, marketOk, policies, r, pools, several);

        if (trace is not null && tenants is { Count: 0 } && stop is { Jobs: { } measured }
            && stop.WarmupJobs + measured > trace.Jobs.Count)
        {
            r.Error(NodeReader.Optional(map, "stop_after_jobs") ?? map,
                $"'stop_after_jobs': the trace has {trace.Jobs.Count} jobs to replay, fewer than warmup_jobs + stop_after_jobs ({stop.WarmupJobs + measured})");
        }

        // The infrastructure applies to every center, so its power caps must leave room above each one's idle draw
        // (here IT power; PowerFeasibility checks the facility budget against facility power once the scenario is whole).
        double? rackIdleW = pools?.Max(p => p.RackIdleW);
        double? centerIdleW = pools?.GroupBy(p => p.CenterIndex).Max(c => c.Sum(p => p.IdleW));
        var infrastructure = InfrastructureSection.Read(NodeReader.Optional(map, "infrastructure"), rackIdleW, centerIdleW, r);
        if (!several && infrastructure is not null && TariffSection.HourlyOfFirstCenter(centersNode) is { } hours)
        {
            var power = infrastructure.Power ?? new PowerSpec(null, PowerManagementSpec.Default, null, null, CappingMode.None, null, null, null, null);
            infrastructure = infrastructure with { Power = power with { TariffByHour = hours } };
        }

        if (r.HasErrors || name is null || seed is null || replications is null || stop is null || output is null
            || hardware is null || centers is null || tenants is null || policies is null || (workloadNode is not null && trace is null)
            || infrastructure is null || links is null)
        {
            if (!r.HasErrors)
            {
                r.Error(root, "the scenario is incomplete");
            }
            return null;
        }
        var spec = new ScenarioSpec(name, seed.Value, replications.Value, stop, hardware, centers[0], tenants, policies, output)
        {
            Trace = trace,
            Market = market,
            Infrastructure = infrastructure,
            Network = centerCount > 1 ? new NetworkSpec(centers, links) : null,
        };
        if (NodeReader.Optional(map, "serving") is { } servingNode)
        {
            spec = spec with { Serving = Serving.ServingSection.Read(servingNode, spec, r) };
        }
        // What would make the run endless, meaningless or too large, judged on the whole scenario.
        ScaleLimits.CheckTenants(tenants, NodeReader.Optional(map, "tenants"), r);
        PowerFeasibility.Check(spec, centers, map, r);
        RunFeasibility.Check(spec, centers, map, r);
        return r.HasErrors ? null : spec;
    }

    /// <summary>Exactly one of <c>duration</c> (with optional <c>warmup</c>) and <c>stop_after_jobs</c> (with optional <c>warmup_jobs</c>).</summary>
    private static StopSpec? ReadStop(MappingNode map, NodeReader r)
    {
        var durationNode = NodeReader.Optional(map, "duration");
        var jobsNode = NodeReader.Optional(map, "stop_after_jobs");
        var warmupNode = NodeReader.Optional(map, "warmup");
        var warmupJobsNode = NodeReader.Optional(map, "warmup_jobs");
        if (durationNode is null && jobsNode is null)
        {
            r.Error(map, "missing 'duration' or 'stop_after_jobs': give exactly one (how long to simulate, e.g. '30d', or how many measured jobs)");
            return null;
        }
        if (durationNode is not null && jobsNode is not null)
        {
            r.Error(map.Find("stop_after_jobs")!.Key, "give either 'duration' or 'stop_after_jobs', not both");
            return null;
        }
        if (durationNode is not null)
        {
            if (warmupJobsNode is not null)
            {
                r.Error(map.Find("warmup_jobs")!.Key, "'warmup_jobs' goes with 'stop_after_jobs'; with 'duration' use 'warmup' (e.g. '2d')");
            }
            var duration = r.Duration(durationNode, "duration", Bounds.Positive);
            var warmup = warmupNode is null ? 0 : r.Duration(warmupNode, "warmup", Bounds.AtLeast(0));
            if (duration is not null && warmup is not null && warmup >= duration)
            {
                r.Error(warmupNode!, $"'warmup' ({Text(warmupNode!)}) must be shorter than 'duration' ({Text(durationNode)})");
                return null;
            }
            return duration is null || warmup is null ? null : new StopSpec(duration, null, warmup.Value, 0);
        }
        if (warmupNode is not null)
        {
            r.Error(map.Find("warmup")!.Key, "'warmup' goes with 'duration'; with 'stop_after_jobs' use 'warmup_jobs' (a job count)");
        }
        var jobs = r.Integer(jobsNode, "stop_after_jobs", 1);
        var warmupJobs = warmupJobsNode is null ? 0 : r.Integer(warmupJobsNode, "warmup_jobs", 0);
        return jobs is null || warmupJobs is null ? null : new StopSpec(null, jobs, 0, warmupJobs.Value);
    }

    private static OutputSpec? ReadOutput(Node? node, NodeReader r)
    {
        if (node is null)
        {
            return OutputSpec.Default;
        }
        var map = r.Mapping(node, "output");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "output", OutputKeys);
        if (NodeReader.Optional(map, "jobs_csv") is not { } j)
        {
            return OutputSpec.Default;
        }
        var choice = r.String(j, "jobs_csv") is { } text ? JobsCsvChoice.Parse(text) : null;
        if (choice is null && j is ScalarNode s)
        {
            r.Error(s, $"'jobs_csv': expected {JobsCsvChoice.Expected}, found '{s.Value}'");
        }
        return choice;
    }

    /// <summary>A value as written (a scalar's text), for messages.</summary>
    internal static string Text(Node node) => node is ScalarNode s ? s.Value : node.Describe();

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex ValidName();
}
