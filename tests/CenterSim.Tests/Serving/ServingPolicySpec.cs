using CenterSim.Policies.Serving;

namespace CenterSim.Tests.Serving;

/// <summary>The autoscaling and sharing policies, each seen to change what a run does.</summary>
public class ServingPolicySpec
{
    private static AutoscalingContext Context(int replicas, double utilization, double ttft = double.NaN, int queued = 0) =>
        new(3600, replicas, replicas, 1, 8, utilization, queued, ttft, 0.01, 1, 0.05);

    [Fact]
    public void Target_utilization_sizes_to_the_target_and_scales_in_one_at_a_time_with_hysteresis()
    {
        var policy = new TargetUtilizationAutoscaling(0.5, 0.5);
        // 2 replicas at 0.9: 2 x 0.9 / 0.5 = 3.6 replicas needed, so 4.
        Assert.Equal(4, policy.DesiredReplicas(Context(2, 0.9)));
        // 4 at 0.3: need 2.4, below 3 - 0.5 = 2.5, so one fewer; at 0.35 need 2.8, so stay.
        Assert.Equal(3, policy.DesiredReplicas(Context(4, 0.3)));
        Assert.Equal(4, policy.DesiredReplicas(Context(4, 0.35)));
    }

    [Fact]
    public void Slo_driven_adds_above_the_objective_and_removes_well_below_it()
    {
        var policy = new SloDrivenAutoscaling(1, 0.5);
        Assert.Equal(3, policy.DesiredReplicas(Context(2, 0, ttft: 1.2)));
        Assert.Equal(2, policy.DesiredReplicas(Context(2, 0, ttft: 0.7)));
        Assert.Equal(1, policy.DesiredReplicas(Context(2, 0, ttft: 0.2)));
        // Nothing measured but requests waiting: the service is starved, so one more.
        Assert.Equal(3, policy.DesiredReplicas(Context(2, 0, queued: 5)));
    }

    [Fact]
    public void Harvest_preempts_training_priority_holds_it_back_and_partition_keeps_the_sides_apart()
    {
        var harvest = ServingTexts.Run(ServingTexts.Text("harvest"));
        var priority = ServingTexts.Run(ServingTexts.Text("priority"));
        var partition = ServingTexts.Run(ServingTexts.Text("{ name: partition, serving_share: 0.75 }"));
        // At hour 6 the service needs 3 replicas; training holds every chip but the first replica's.
        Assert.True(harvest["serving_training_jobs_preempted"] >= 2, $"harvest preempted {harvest["serving_training_jobs_preempted"]}");
        Assert.True(harvest["serving_training_lost_chip_hours"] > 0);
        Assert.Equal(0, harvest["serving_training_held_back_hours"], 3);
        Assert.Equal(0, priority["serving_training_jobs_preempted"]);
        Assert.True(priority["serving_training_held_back_hours"] > 0.5, $"held back {priority["serving_training_held_back_hours"]} h");
        Assert.True(priority["serving_mean_replicas"] < harvest["serving_mean_replicas"]);
        Assert.True(priority["serving_ttft_p99_s"] > harvest["serving_ttft_p99_s"]);
        Assert.Equal(0, partition["serving_training_jobs_preempted"]);
        Assert.Equal(0, partition["serving_chips_lent_to_training"]);
        Assert.True(harvest["serving_chips_lent_to_training"] > 0);
        // Training runs on the one server outside the partition: at most 8 of 32 chips, besides the replicas' chips.
        Assert.True(partition["utilization"] * 32 - partition["serving_mean_replicas"] * 8 <= 8 + 1e-6);
    }

    [Fact]
    public void Fixed_keeps_its_replicas_while_target_utilization_follows_the_load()
    {
        var fixedRun = ServingTexts.Run(ServingTexts.Text("harvest", "{ policy: fixed, replicas: 2, warmup: 3m }"));
        var scaled = ServingTexts.Run(ServingTexts.Text("harvest"));
        // Two replicas hold chips all 9 hours, warm-up included.
        Assert.Equal(2, fixedRun["serving_mean_replicas"], 6);
        Assert.Equal(18, fixedRun["serving_replica_hours"], 6);
        // One replica through the quiet 6 hours, up to 3 after.
        Assert.InRange(scaled["serving_mean_replicas"], 1.3, 1.9);
    }
}
