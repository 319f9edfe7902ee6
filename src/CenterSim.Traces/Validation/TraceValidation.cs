using System.Globalization;
using System.Text;
using CenterSim.Model.Scenario;
using CenterSim.Policies.TracePlacement;
using CenterSim.Traces.Inflation;
using CenterSim.Traces.Readers;

namespace CenterSim.Traces.Validation;

/// <summary>
/// Reproduces the FGD paper's allocation comparison: every policy × every seed in inflation mode,
/// medians over seeds at 100% arrived load, and the median allocation curve per policy.
/// </summary>
public static class TraceValidation
{
    public const int ReferenceLoadPct = 100;

    public static TraceValidationResult Run(IReadOnlyList<OpenbNode> nodes, IReadOnlyList<OpenbPod> pods, TraceValidationOptions options)
    {
        var tasks = pods.Select(OpenbCluster.ToRequest).ToList();
        var workload = TargetWorkload.FromTasks(tasks);
        var names = options.PolicyNames;
        foreach (var name in names)
        {
            TracePlacementCatalog.Policies.Create(PolicyChoice.Named(name));
        }
        var jobs = names.SelectMany(n => Enumerable.Range(0, options.Seeds).Select(s => (Policy: n, Seed: options.FirstSeed + s))).ToList();
        var runs = new InflationResult[jobs.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
        };
        // Each job owns its nodes, generators and memo, so the outcome does not depend on scheduling.
        Parallel.For(0, jobs.Count, parallel, i =>
        {
            var (policyName, seed) = jobs[i];
            var policy = TracePlacementCatalog.Policies.Create(PolicyChoice.Named(policyName));
            runs[i] = InflationSimulator.Run(policyName, policy, nodes, tasks, workload, new InflationOptions(seed, options.MaxLoad));
        });

        var rows = new List<TraceValidationRow>();
        var curves = new Dictionary<string, IReadOnlyList<LoadPoint>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var mine = runs.Where(r => r.Policy == name).ToList();
            var at = mine.Select(r => r.At(ReferenceLoadPct)).Where(p => p is not null).Select(p => p!).ToList();
            rows.Add(new TraceValidationRow(
                name,
                at.Count > 0 ? Median(at.Select(p => p.AllocationPct)) : double.NaN,
                at.Count > 0 ? Median(at.Select(p => p.FragmentationPct)) : double.NaN,
                PublishedFgdAllocation.DefaultTrace.TryGetValue(name, out var published) ? published : null));
            var maxPct = mine.Count == 0 ? -1 : mine.Min(r => r.Curve.Count == 0 ? -1 : r.Curve[^1].LoadPct);
            var curve = new List<LoadPoint>();
            for (var pct = 0; pct <= maxPct; pct++)
            {
                var points = mine.Select(r => r.At(pct)).Where(p => p is not null).Select(p => p!).ToList();
                if (points.Count == mine.Count)
                {
                    curve.Add(new LoadPoint(
                        pct,
                        Median(points.Select(p => p.AllocationPct)),
                        Median(points.Select(p => p.FragmentationPct)),
                        Median(points.Select(p => p.FragmentedCapacityPct))));
                }
            }
            curves[name] = curve;
        }
        return new TraceValidationResult(rows, curves, runs);
    }

    /// <summary>Writes allocation.csv, allocation_curve.csv (each atomically) and allocation.png into the folder.</summary>
    public static void WriteOutputs(TraceValidationResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var table = new StringBuilder("policy,allocation_pct_at_100,fragmentation_pct_at_100\n");
        foreach (var row in result.Rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"{row.Policy},{Format(row.AllocationPctAt100)},{Format(row.FragmentationPctAt100)}\n");
        }
        WriteAtomically(Path.Combine(directory, "allocation.csv"), table.ToString());

        var curve = new StringBuilder("policy,arrived_load_pct,allocation_pct,fragmentation_pct,fragmented_capacity_pct\n");
        foreach (var (policy, points) in result.MedianCurves)
        {
            foreach (var p in points)
            {
                curve.Append(CultureInfo.InvariantCulture, $"{policy},{p.LoadPct},{Format(p.AllocationPct)},{Format(p.FragmentationPct)},{Format(p.FragmentedCapacityPct)}\n");
            }
        }
        WriteAtomically(Path.Combine(directory, "allocation_curve.csv"), curve.ToString());
        AllocationPlot.Write(result, Path.Combine(directory, "allocation.png"));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Temp file in the same folder, then rename, so a reader never sees a half-written table.</summary>
    internal static void WriteAtomically(string path, string content)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
