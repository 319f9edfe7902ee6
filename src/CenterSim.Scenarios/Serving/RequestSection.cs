using CenterSim.Model.Serving;
using CenterSim.Scenarios.Sections;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;

namespace CenterSim.Scenarios.Serving;

/// <summary>
/// A service's <c>requests</c>: <c>replay: TRACE</c> (with <c>repeats</c>), or <c>arrivals_per_second</c> with an
/// optional 24-hour <c>daily_profile</c> of multipliers and tokens from <c>prompt_tokens</c> and <c>output_tokens</c>
/// distributions or from a trace's rows (<c>tokens_from: TRACE</c>).
/// </summary>
public static class RequestSection
{
    public static readonly string[] Keys = { "replay", "repeats", "arrivals_per_second", "daily_profile", "prompt_tokens", "output_tokens", "tokens_from" };

    public static RequestStreamSpec? Read(Node? node, string context, NodeReader r)
    {
        var map = r.Mapping(node, "requests");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, context, Keys);
        if (NodeReader.Optional(map, "replay") is { } replayNode)
        {
            foreach (var key in new[] { "arrivals_per_second", "daily_profile", "prompt_tokens", "output_tokens", "tokens_from" }.Where(k => map.Find(k) is not null))
            {
                r.Error(map.Find(key)!.Key, $"'{key}' goes with Poisson arrivals; a replay takes the trace's own times and tokens (drop 'replay' or '{key}')");
            }
            var repeats = NodeReader.Optional(map, "repeats") is { } rep ? r.Int(rep, "repeats", 1, 10_000) : 1;
            var trace = ServingTraceFile.Read(replayNode, r);
            return trace is null || repeats is null ? null
                : new RequestStreamSpec(trace.Value.Rows.Count / Math.Max(1, trace.Value.Rows[^1].Seconds), null)
                {
                    Replay = trace.Value.Rows,
                    ReplayRepeats = repeats.Value,
                    TracePath = trace.Value.Path,
                };
        }
        if (map.Find("repeats") is { } repeatsEntry)
        {
            r.Error(repeatsEntry.Key, "'repeats' goes with 'replay'");
        }
        var rate = r.Number(r.Required(map, "arrivals_per_second", context + " (or give 'replay: conv')"), "arrivals_per_second", new Bounds(0, true, 1e6));
        var profile = NodeReader.Optional(map, "daily_profile") is { } p ? Profile(p, r) : null;
        var tokensFrom = NodeReader.Optional(map, "tokens_from");
        var promptNode = NodeReader.Optional(map, "prompt_tokens");
        var outputNode = NodeReader.Optional(map, "output_tokens");
        var spec = rate is null ? null : new RequestStreamSpec(rate.Value, profile);
        if (tokensFrom is not null)
        {
            if (promptNode is not null || outputNode is not null)
            {
                r.Error(map.Find(promptNode is not null ? "prompt_tokens" : "output_tokens")!.Key, "give either 'tokens_from' (a trace's token pairs) or 'prompt_tokens' and 'output_tokens', not both");
            }
            var trace = ServingTraceFile.Read(tokensFrom, r);
            return spec is null || trace is null ? null : spec with { TokenMix = trace.Value.Rows, TracePath = trace.Value.Path };
        }
        var prompt = DistributionSection.Read(r.Required(map, "prompt_tokens", context + " (or give 'tokens_from: conv')"), "prompt_tokens", r);
        var output = DistributionSection.Read(r.Required(map, "output_tokens", context + " (or give 'tokens_from: conv')"), "output_tokens", r);
        return spec is null || prompt is null || output is null ? null : spec with { PromptTokens = prompt, OutputTokens = output };
    }

    /// <summary>24 non-negative multipliers, hour 0 first, at least one above zero.</summary>
    private static IReadOnlyList<double>? Profile(Node node, NodeReader r)
    {
        var list = r.Sequence(node, "daily_profile");
        if (list is null)
        {
            return null;
        }
        if (list.Items.Count != 24)
        {
            r.Error(list, $"'daily_profile': expected 24 hourly multipliers (hour 0 first), found {list.Items.Count}");
            return null;
        }
        var values = list.Items.Select(i => r.Number(i, "daily_profile", Bounds.Between(0, 1e6))).ToList();
        if (values.Any(v => v is null))
        {
            return null;
        }
        if (values.All(v => v == 0))
        {
            r.Error(list, "'daily_profile': at least one hour needs a multiplier above 0");
            return null;
        }
        return values.Select(v => v!.Value).ToList();
    }
}
