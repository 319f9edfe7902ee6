using System.Text.RegularExpressions;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Scenarios.Tree;
using CenterSim.Scenarios.Validation;
using CenterSim.Traces.Readers;

namespace CenterSim.Scenarios.Sections;

/// <summary>
/// The optional <c>workload</c> section: jobs replayed from a trace file (path relative to the
/// scenario file). Rows of the trace that are malformed are reported at their own file and line. A
/// trace names no regions, so in a network <c>region</c> gives its tenants' home region (required there,
/// an error with one center).
/// </summary>
public static partial class WorkloadSection
{
    public static readonly string[] Keys = { "trace", "format", "tenants", "category", "region" };
    public static readonly string[] Formats = { "gavel", "generic" };

    /// <param name="network">in a network: the <c>workload</c> key (where a missing region is reported) and the centers' regions (null when unknown)</param>
    public static TraceWorkloadSpec? Read(Node? node, int? totalChips, NodeReader r, (Node Key, IReadOnlyList<string>? Regions)? network = null)
    {
        var map = r.Mapping(node, "workload");
        if (map is null)
        {
            return null;
        }
        r.CheckKeys(map, "workload", Keys);
        var region = ReadRegion(map, network, r, out var regionOk);
        var pathNode = r.Required(map, "trace", "workload");
        var path = r.String(pathNode, "trace");
        var formatNode = NodeReader.Optional(map, "format");
        var format = formatNode is null ? "gavel" : r.String(formatNode, "format");
        if (format is not null && !Formats.Contains(format))
        {
            r.Error(formatNode!, $"unknown trace format '{format}'{Suggestions.HintWithList(format, Formats)}");
            format = null;
        }
        var category = TenantCategory.Research;
        if (NodeReader.Optional(map, "category") is { } categoryNode && r.String(categoryNode, "category") is { } c)
        {
            if (TenantSection.Categories.TryGetValue(c, out var parsed))
            {
                category = parsed;
            }
            else
            {
                r.Error(categoryNode, $"unknown tenant category '{c}'{Suggestions.HintWithList(c, TenantSection.Categories.Keys.ToList())}");
            }
        }
        HashSet<string>? only = null;
        if (NodeReader.Optional(map, "tenants") is { } tenantsNode && r.Sequence(tenantsNode, "tenants") is { } list)
        {
            only = list.Items.Select(i => r.String(i, "tenants")).OfType<string>().ToHashSet();
        }
        if (path is null || format is null || !regionOk)
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(r.File)) ?? ".", path));
        if (!File.Exists(full))
        {
            r.Error(pathNode!, $"'trace': file not found: {full}");
            return null;
        }
        var (jobs, skipped, diagnostics) = format == "gavel" ? ReadGavel(full, only, totalChips) : ReadGeneric(full, only, totalChips);
        foreach (var d in diagnostics)
        {
            var m = TraceDiagnostic().Match(d);
            r.AddRange(new[] { m.Success ? new Diagnostic(m.Groups[1].Value, int.Parse(m.Groups[2].Value), 1, m.Groups[3].Value) : new Diagnostic(full, 1, 1, d) });
        }
        if (jobs.Count == 0 && diagnostics.Count == 0)
        {
            r.Error(pathNode!, only is null ? "'trace': no job could be replayed" : "'trace': no job of the listed tenants could be replayed");
        }
        var ordered = jobs.OrderBy(j => j.SubmitSeconds).ToList();
        return new TraceWorkloadSpec(full, format, category, ordered, skipped) { Region = region };
    }

    /// <summary>The trace tenants' home region: required in a network (<paramref name="regions"/> given), an error with one center.</summary>
    private static string? ReadRegion(MappingNode map, (Node Key, IReadOnlyList<string>? Regions)? network, NodeReader r, out bool ok)
    {
        ok = true;
        var node = NodeReader.Optional(map, "region");
        if (network is not { } n)
        {
            if (node is not null)
            {
                r.Error(map.Find("region")!.Key, "'region' has an effect only in a scenario with several centers: it is the trace tenants' home region there");
                ok = false;
            }
            return null;
        }
        var regions = n.Regions?.Distinct().ToList();
        if (node is null)
        {
            var valid = regions is null ? "" : $" (valid: {string.Join(", ", regions)})";
            r.Error(n.Key, $"'workload' in a scenario with several centers needs 'region': the home region of the trace's tenants, where their jobs' data is{valid}");
            ok = false;
            return null;
        }
        var region = r.String(node, "region");
        if (region is not null && regions is not null && !regions.Contains(region))
        {
            r.Error(node, $"'region': no center is in region '{region}'{Suggestions.HintWithList(region, regions)}");
            region = null;
        }
        ok = region is not null;
        return region;
    }

    /// <summary>Gavel rows: tenant = virtual cluster; work = GPUs × implied V100 duration. Rows without a duration, or larger than the center, are skipped.</summary>
    private static (List<TraceJobSpec>, int, IReadOnlyList<string>) ReadGavel(string path, HashSet<string>? only, int? totalChips)
    {
        var read = GavelTraceReader.Read(path);
        var jobs = new List<TraceJobSpec>();
        var skipped = 0;
        foreach (var row in read.Rows)
        {
            if (only is not null && !only.Contains(row.Vc))
            {
                continue;
            }
            if (row.DurationS is not { } d || d <= 0 || (totalChips is { } t && row.Gpus > t))
            {
                skipped++;
                continue;
            }
            jobs.Add(new TraceJobSpec(row.Vc, row.ArrivalS, row.Gpus, row.Gpus * d / 3600.0));
        }
        return (jobs, skipped, read.Diagnostics);
    }

    /// <summary>Generic rows: one tenant "trace"; a job on a share of one GPU holds a whole chip here (chips are not shared).</summary>
    private static (List<TraceJobSpec>, int, IReadOnlyList<string>) ReadGeneric(string path, HashSet<string>? only, int? totalChips)
    {
        var read = GenericJobReader.Read(path);
        var jobs = new List<TraceJobSpec>();
        var skipped = 0;
        foreach (var row in read.Rows)
        {
            if (only is not null && !only.Contains("trace"))
            {
                continue;
            }
            if (row.Gpus == 0 || (totalChips is { } t && row.Gpus > t))
            {
                skipped++;
                continue;
            }
            jobs.Add(new TraceJobSpec("trace", row.SubmitS, row.Gpus, row.Gpus * row.DurationS / 3600.0));
        }
        return (jobs, skipped, read.Diagnostics);
    }

    [GeneratedRegex(@"^(.*):(\d+): (.*)$")]
    private static partial Regex TraceDiagnostic();
}
