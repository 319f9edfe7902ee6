namespace CenterSim.Policies.TracePlacement;

/// <summary>
/// The "target workload" of the FGD paper: the most frequent task shapes of a trace with their
/// frequencies. Fragmentation is always measured against it.
/// </summary>
public sealed class TargetWorkload
{
    /// <summary>The FGD artifact keeps the most popular shapes until they cover 95% of all tasks.</summary>
    public const double DefaultCoverage = 0.95;

    public TargetWorkload(IReadOnlyList<TargetPod> pods) => Pods = pods;

    public IReadOnlyList<TargetPod> Pods { get; }

    /// <summary>
    /// Groups tasks by shape (CPU, per-GPU share, GPU count, model spec; memory is not part of the shape,
    /// as in the paper), orders shapes by count (ties: larger CPU, share, count, spec first), keeps shapes
    /// until their cumulative count reaches <paramref name="coverage"/> of all tasks, and renormalises.
    /// CPU-only tasks are included because the FGD artifact runs with them included.
    /// </summary>
    public static TargetWorkload FromTasks(IEnumerable<GpuPodRequest> tasks, double coverage = DefaultCoverage)
    {
        var counts = new Dictionary<(long Cpu, int Milli, int Count, string Spec), int>();
        var total = 0;
        foreach (var t in tasks)
        {
            var key = (t.CpuMilli, t.RequestsGpu ? t.GpuMilli : 0, t.RequestsGpu ? t.GpuCount : 0, t.GpuSpec);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            total++;
        }
        if (total == 0)
        {
            return new TargetWorkload(Array.Empty<TargetPod>());
        }
        var ordered = counts
            .OrderByDescending(kv => kv.Value)
            .ThenByDescending(kv => kv.Key.Cpu)
            .ThenByDescending(kv => kv.Key.Milli)
            .ThenByDescending(kv => kv.Key.Count)
            .ThenByDescending(kv => kv.Key.Spec, StringComparer.Ordinal)
            .ToList();
        var expected = coverage * total;
        var kept = new List<KeyValuePair<(long Cpu, int Milli, int Count, string Spec), int>>();
        double cumulative = 0;
        foreach (var kv in ordered)
        {
            if (cumulative >= expected)
            {
                break;
            }
            kept.Add(kv);
            cumulative += kv.Value;
        }
        var pods = kept
            .Select(kv => new TargetPod(
                new GpuPodRequest($"target-{kv.Key.Cpu}-{kv.Key.Count}x{kv.Key.Milli}-{kv.Key.Spec}", kv.Key.Cpu, 0, kv.Key.Count, kv.Key.Milli, kv.Key.Spec),
                kv.Value / cumulative))
            .ToList();
        return new TargetWorkload(pods);
    }
}
