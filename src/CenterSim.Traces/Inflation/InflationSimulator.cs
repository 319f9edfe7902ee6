using CenterSim.Policies.TracePlacement;

namespace CenterSim.Traces.Inflation;

/// <summary>
/// "Inflation mode" of the FGD paper: no time, no departures. The trace's tasks are sorted by name and
/// shuffled with the seed; if they ask for more than the target load they are dropped at random until
/// they do not, otherwise tasks drawn at random (with replacement) from the trace are appended while the
/// total stays within the target. Tasks are then placed one by one; a task no node can host fails and
/// stays failed. Score ties go to a node order drawn once per seed, as in the artifact. After every task the allocation and fragmentation are recorded against arrived load.
/// </summary>
public static class InflationSimulator
{
    private const ulong OrderStream = 1;
    private const ulong TieStream = 2;

    public static InflationResult Run(
        string policyName,
        IGpuPlacementPolicy policy,
        IReadOnlyList<Readers.OpenbNode> nodeList,
        IReadOnlyList<GpuPodRequest> tasks,
        TargetWorkload workload,
        InflationOptions options)
    {
        var nodes = OpenbCluster.NewNodes(nodeList);
        var views = (IReadOnlyList<IGpuNodeView>)nodes;
        var capacity = nodes.Sum(n => (long)n.GpuCount * GpuPodRequest.MilliPerGpu);
        var sequence = BuildSequence(tasks, capacity, options);
        var cache = new FragmentationCache(workload);
        var random = new TraceRandom(options.Seed, TieStream);
        var context = new GpuPlacementContext(random, cache, GpuPlacementContext.RandomTieRanks(nodes.Length, random));

        var nodeFrag = nodes.Select(n => cache.Get(n)).ToArray();
        var clusterFrag = nodeFrag.Sum();
        long arrived = 0, allocated = 0;
        var failed = 0;
        var maxPct = (int)Math.Floor(options.MaxLoad * 100 + 1e-9) + 1;
        var sums = new double[maxPct + 2, 3];
        var counts = new int[maxPct + 2];

        foreach (var task in sequence)
        {
            var placement = policy.Choose(task, views, context);
            if (placement is null)
            {
                failed++;
            }
            else
            {
                var node = nodes[placement.NodeIndex];
                node.Apply(task, placement.Gpus);
                allocated += task.RequestsGpu ? task.TotalGpuMilli : 0;
                var frag = cache.Get(node);
                clusterFrag += frag - nodeFrag[node.Index];
                nodeFrag[node.Index] = frag;
            }
            arrived += task.RequestsGpu ? task.TotalGpuMilli : 0;
            if (capacity == 0)
            {
                continue;
            }
            var bucket = (int)Math.Round(100.0 * arrived / capacity, MidpointRounding.ToEven);
            if (bucket < counts.Length)
            {
                var idle = capacity - allocated;
                sums[bucket, 0] += 100.0 * allocated / capacity;
                sums[bucket, 1] += idle > 0 ? 100.0 * clusterFrag / idle : 0;
                sums[bucket, 2] += 100.0 * clusterFrag / capacity;
                counts[bucket]++;
            }
        }

        var reached = capacity == 0 ? 0 : (int)Math.Round(100.0 * arrived / capacity, MidpointRounding.ToEven);
        var curve = new List<LoadPoint>();
        for (var pct = 0; pct <= Math.Min(reached, counts.Length - 1); pct++)
        {
            var lo = counts[pct] > 0 ? pct : Math.Max(0, pct - 1);
            var hi = counts[pct] > 0 ? pct : Math.Min(counts.Length - 1, pct + 1);
            double a = 0, f = 0, fc = 0;
            var n = 0;
            for (var b = lo; b <= hi; b++)
            {
                a += sums[b, 0];
                f += sums[b, 1];
                fc += sums[b, 2];
                n += counts[b];
            }
            if (n > 0)
            {
                curve.Add(new LoadPoint(pct, a / n, f / n, fc / n));
            }
        }
        return new InflationResult(policyName, options.Seed, sequence.Count, failed, capacity, arrived, allocated, curve);
    }

    /// <summary>The submission order for a seed; the same for every policy so they face the same tasks.</summary>
    public static List<GpuPodRequest> BuildSequence(IReadOnlyList<GpuPodRequest> tasks, long capacityMilli, InflationOptions options)
    {
        var random = new TraceRandom(options.Seed, OrderStream);
        var byName = tasks.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var sequence = new List<GpuPodRequest>(byName);
        random.Shuffle(sequence);
        var target = options.MaxLoad * capacityMilli;
        long total = sequence.Sum(GpuMilliOf);
        while (total > target && sequence.Count > 0)
        {
            var i = random.NextInt(sequence.Count);
            total -= GpuMilliOf(sequence[i]);
            sequence.RemoveAt(i);
        }
        if (byName.Count == 0 || byName.All(t => GpuMilliOf(t) == 0))
        {
            return sequence;
        }
        for (var copy = 0; ; copy++)
        {
            var pick = byName[random.NextInt(byName.Count)];
            if (total + GpuMilliOf(pick) > target)
            {
                break;
            }
            total += GpuMilliOf(pick);
            sequence.Add(pick with { Name = $"{pick.Name}-tuned-{copy}" });
        }
        return sequence;
    }

    private static long GpuMilliOf(GpuPodRequest t) => t.RequestsGpu ? t.TotalGpuMilli : 0;
}
