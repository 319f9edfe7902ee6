using CenterSim.Model.Scenario;
using CenterSim.Policies.TracePlacement;

namespace CenterSim.Tests.Traces;

public class PlacementPolicyTests
{
    private static readonly TargetWorkload OneShape = new(new[] { new TargetPod(Pod("t", 0, 1, 500), 1.0) });

    private static GpuPodRequest Pod(string name, long cpu, int gpus, int milli, string spec = "", long memory = 0) =>
        new(name, cpu, memory, gpus, milli, spec);

    private static GpuNodeState Node(int index, int gpus, string model = "G2", long cpu = 64_000, long memory = 262_144) =>
        new(index, $"n{index}", cpu, memory, gpus, model);

    private static GpuPlacementContext Context(TargetWorkload? workload = null, int seed = 1, int[]? ranks = null) =>
        new(new TraceRandom(seed), new FragmentationCache(workload ?? OneShape), ranks);

    private static IGpuPlacementPolicy Policy(string name) => TracePlacementCatalog.Policies.Create(PolicyChoice.Named(name));

    [Fact]
    public void Catalog_has_the_six_paper_policies_and_names_them_on_a_typo()
    {
        Assert.Equal(new[] { "random", "dot-product", "clustering", "packing", "best-fit", "fgd" }, TracePlacementCatalog.Policies.Names);
        Assert.IsType<FgdPlacement>(Policy("FGD"));
        var e = Assert.Throws<ArgumentException>(() => Policy("fdg"));
        Assert.Contains("valid: random, dot-product, clustering, packing, best-fit, fgd", e.Message);
    }

    [Fact]
    public void BestFit_picks_the_node_with_least_leftover()
    {
        // Leftover after a 1-GPU, 8-core task: n0 = 0.5*56/128 + 0.5*3/8 = 0.40625; n1 = 0.5*8/128 + 0.5*1/8 = 0.09375.
        var nodes = new[] { Node(0, 4, cpu: 64_000), Node(1, 2, cpu: 16_000) };
        var pod = Pod("p", 8_000, 1, 1000);

        Assert.Equal(59, new BestFitPlacement().Score(pod, nodes[0], Context()));
        Assert.Equal(90, new BestFitPlacement().Score(pod, nodes[1], Context()));
        Assert.Equal(1, Policy("best-fit").Choose(pod, nodes, Context())!.NodeIndex);
    }

    [Fact]
    public void Packing_prefers_a_partially_used_gpu()
    {
        var nodes = new[] { Node(0, 2), Node(1, 2) };
        nodes[1].Apply(Pod("old", 1_000, 1, 500), new[] { 1 });
        var pod = Pod("p", 1_000, 1, 300);

        var choice = Policy("packing").Choose(pod, nodes, Context())!;

        Assert.Equal(1, choice.NodeIndex);
        Assert.Equal(new[] { 1 }, choice.Gpus);
        Assert.Equal(95, new PackingPlacement().Score(pod, nodes[1], Context())); // 100 - 50%/10
        Assert.Equal(31, new PackingPlacement().Score(pod, nodes[0], Context())); // free node: 33 - 2 free GPUs
    }

    [Fact]
    public void Fragmentation_counts_free_share_the_target_shape_cannot_use()
    {
        // Target: one shape, 1 GPU x 500 milli. [1000, 300]: it fits on GPU 0, so only GPU 1's 300 are fragmented.
        Assert.Equal(300, GpuFragmentation.NodeFragmentedMilli("G2", 10_000, new[] { 1000, 300 }, OneShape));
        // [400]: it fits nowhere, so all 400 free milli are fragmented.
        Assert.Equal(400, GpuFragmentation.NodeFragmentedMilli("G2", 10_000, new[] { 400 }, OneShape));
        // Enough GPU but no CPU left for the shape (it asks 1 core): everything is fragmented.
        var cpuShape = new TargetWorkload(new[] { new TargetPod(Pod("t", 1_000, 1, 500), 1.0) });
        Assert.Equal(1300, GpuFragmentation.NodeFragmentedMilli("G2", 500, new[] { 1000, 300 }, cpuShape));
        // A shape limited to another model cannot use this node at all.
        var t4Shape = new TargetWorkload(new[] { new TargetPod(Pod("t", 0, 1, 500, "T4"), 1.0) });
        Assert.Equal(1300, GpuFragmentation.NodeFragmentedMilli("G2", 10_000, new[] { 1000, 300 }, t4Shape));
    }

    [Fact]
    public void Fgd_picks_the_node_whose_fragmentation_grows_least()
    {
        // n0 = [1000]: after a 300-milli task [700] still fits the 500 shape, fragmentation 0 -> 0, score sigmoid(0) = 50.
        // n1 = [700]:  after it, [400] fits nothing, fragmentation 0 -> 400, score floor(100*sigmoid(-0.4)) = 40.
        var nodes = new[] { Node(0, 1), Node(1, 1) };
        nodes[1].Apply(Pod("old", 0, 1, 300), new[] { 0 });
        var pod = Pod("p", 0, 1, 300);
        var ctx = Context();

        Assert.Equal(50, new FgdPlacement().Score(pod, nodes[0], ctx));
        Assert.Equal(40, new FgdPlacement().Score(pod, nodes[1], ctx));
        Assert.Equal(0, Policy("fgd").Choose(pod, nodes, ctx)!.NodeIndex);
        Assert.Equal(1, Policy("packing").Choose(pod, nodes, ctx)!.NodeIndex);
    }

    [Fact]
    public void Fgd_chooses_the_gpu_that_keeps_a_target_slot()
    {
        // [1000, 600]: putting 300 on GPU 1 leaves [1000, 300] (fragment 300); on GPU 0 leaves [700, 600] (fragment 0).
        var node = Node(0, 2);
        node.Apply(Pod("old", 0, 1, 400), new[] { 1 });

        var choice = Policy("fgd").Choose(Pod("p", 0, 1, 300), new[] { node }, Context())!;

        Assert.Equal(new[] { 0 }, choice.Gpus);
    }

    [Fact]
    public void DotProduct_and_clustering_scores_follow_their_definitions()
    {
        var empty = Node(0, 8, cpu: 128_000);
        var pod = Pod("p", 64_000, 4, 1000);
        // dot = (1 * 0.5 + 1 * 0.5) / 2 = 0.5 -> 50
        Assert.Equal(50, new DotProductPlacement().Score(pod, empty, Context()));

        var sameKind = Node(1, 8);
        sameKind.Apply(Pod("a", 1_000, 4, 1000), new[] { 0, 1, 2, 3 });
        var mixed = Node(2, 8);
        mixed.Apply(Pod("a", 1_000, 4, 1000), new[] { 0, 1, 2, 3 });
        mixed.Apply(Pod("b", 1_000, 1, 500), new[] { 4 });
        var ctx = Context();
        pod = Pod("q", 8_000, 4, 1000);
        Assert.Equal(87, new ClusteringPlacement().Score(pod, sameKind, ctx)); // 25*4000/8000 + 75
        Assert.Equal(64, new ClusteringPlacement().Score(pod, mixed, ctx));    // floor(25*4500/8000) + 50
        Assert.Equal(25, new ClusteringPlacement().Score(pod, empty, ctx));
        Assert.Equal(1, Policy("clustering").Choose(pod, new[] { empty, sameKind, mixed }, ctx)!.NodeIndex);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("dot-product")]
    [InlineData("clustering")]
    [InlineData("packing")]
    [InlineData("best-fit")]
    [InlineData("fgd")]
    public void Every_policy_honours_model_cpu_memory_and_whole_gpus(string name)
    {
        var policy = Policy(name);
        for (var seed = 0; seed < 20; seed++)
        {
            var ctx = Context(seed: seed);
            var byModel = new[] { Node(0, 2, "P100"), Node(1, 2, "T4"), Node(2, 2, "V100M16") };
            Assert.Equal(1, policy.Choose(Pod("m", 1_000, 1, 1000, "T4|A10"), byModel, ctx)!.NodeIndex);

            var byResources = new[] { Node(0, 4, cpu: 4_000), Node(1, 4, memory: 1_000), Node(2, 4) };
            Assert.Equal(2, policy.Choose(Pod("r", 8_000, 1, 1000, memory: 2_000), byResources, ctx)!.NodeIndex);

            var partial = Node(0, 2);
            partial.Apply(Pod("old", 0, 1, 500), new[] { 0 });
            var whole = Node(1, 3);
            var multi = policy.Choose(Pod("g", 1_000, 2, 1000), new[] { partial, whole }, ctx)!;
            Assert.Equal(1, multi.NodeIndex);
            Assert.Equal(new[] { 0, 1 }, multi.Gpus);

            Assert.Null(policy.Choose(Pod("x", 1_000, 4, 1000), new[] { partial, whole }, ctx));
        }
    }

    [Fact]
    public void Random_spreads_over_feasible_nodes_only()
    {
        var nodes = new[] { Node(0, 1), Node(1, 1, "T4"), Node(2, 1) };
        var ctx = Context(seed: 7);
        var seen = Enumerable.Range(0, 200).Select(_ => Policy("random").Choose(Pod("p", 0, 1, 100, "G2"), nodes, ctx)!.NodeIndex).ToHashSet();

        Assert.Equal(new HashSet<int> { 0, 2 }, seen);
    }

    [Fact]
    public void Score_ties_go_to_the_lowest_ranked_node()
    {
        var nodes = new[] { Node(0, 2), Node(1, 2), Node(2, 2) };
        var pod = Pod("p", 1_000, 1, 1000);

        Assert.Equal(2, Policy("best-fit").Choose(pod, nodes, Context(ranks: new[] { 2, 1, 0 }))!.NodeIndex);
        Assert.Equal(0, Policy("best-fit").Choose(pod, nodes, Context())!.NodeIndex);
    }
}
