using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;
using CenterSim.Policies.Scheduling;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Infrastructure;

/// <summary>A job progresses at placement efficiency × throttle speed, pays its checkpoint writes, and schedulers see only declared runtimes.</summary>
public class RuntimeModelTests
{
    private const double Gb = 16; // the Ascend preset all-reduces 2 GB = 16 Gb per step of 2 s compute
    private static readonly double Fabric = 2.0 * 7 / 8 * Gb / 720 + 14 * 2e-6;

    /// <summary>One 32-chip job of 64 chip-hours (2 h at full efficiency) on racks whose uplink gives every chip 25 Gb/s.</summary>
    private static ScenarioSpec Center(int racks, int serversPerRack, PolicyChoice? pricing = null)
    {
        var spec = InfraSpecs.Center(racks, serversPerRack, new[] { 32 }, 64, 0.1, 1, new InfrastructureSpec(InfraSpecs.Ascend, null, null));
        var rackSpec = new RackSpec(racks, serversPerRack, "s", 25.0 * serversPerRack * 8);
        return spec with
        {
            Center = spec.Center with { Racks = rackSpec, Pools = new[] { new PoolSpec("s", rackSpec) } },
            Policies = pricing is null ? spec.Policies : spec.Policies with { Pricing = pricing },
        };
    }

    [Fact]
    public void A_packed_and_a_scattered_placement_of_one_multi_rack_job_differ_in_completion_time_by_their_efficiency_ratio()
    {
        // Packed: 2 racks of 2 servers. In each rack a ring of 2 servers over 100 Gb/s NICs carrying 16/8 Gb,
        // then 2 racks over the spine at 16 chips x 25 Gb/s.
        var packedComm = Fabric + (2.0 * 1 / 2 * (Gb / 8) / 100 + 2 * 1 * 5e-6) + (2.0 * 1 / 2 * Gb / (16 * 25) + 2 * 1 * 10e-6);
        // Scattered: 4 racks of 1 server: no ring inside a rack, 4 racks over the spine at 8 chips x 25 Gb/s.
        var scatteredComm = Fabric + (2.0 * 3 / 4 * Gb / (8 * 25) + 2 * 3 * 10e-6);
        var ePacked = 2 / (2 + packedComm);
        var eScattered = 2 / (2 + scatteredComm);

        var packed = StudyRunner.Run(Center(2, 2), threads: 1)[0].Jobs.Single();
        var scattered = StudyRunner.Run(Center(4, 1), threads: 1)[0].Jobs.Single();

        Assert.Equal(2 * 3600 / ePacked, packed.End - packed.Start, 6);
        Assert.Equal(2 * 3600 / eScattered, scattered.End - scattered.Start, 6);
        Assert.Equal(ePacked / eScattered, (scattered.End - scattered.Start) / (packed.End - packed.Start), 9);
        Assert.True(eScattered < ePacked);
    }

    [Fact]
    public void Per_minute_pricing_bills_every_started_minute_the_job_held_its_chips()
    {
        var perMinute = new PolicyChoice("per-minute", new Dictionary<string, double> { ["yuan_per_chip_hour"] = 12 });
        var job = StudyRunner.Run(Center(4, 1, perMinute), threads: 1)[0].Jobs.Single();
        var comm = Fabric + (2.0 * 3 / 4 * Gb / (8 * 25) + 2 * 3 * 10e-6);
        var held = 2 * 3600 * (2 + comm) / 2;
        Assert.Equal(held, job.End - job.Start, 6);
        // Prepaid 64 chip-hours x 12 = 768 yuan; the slow placement held the chips longer, so it pays more.
        Assert.Equal(Math.Round(Math.Ceiling(held / 60) * 32 * 12 / 60, 2), job.CostYuan, 9);
        Assert.True(job.CostYuan > 768);
    }

    [Fact]
    public void Checkpoint_writes_add_their_time_after_every_interval_but_the_last()
    {
        // 3.5 h of work on one server, a checkpoint every hour of work taking 6 minutes: 3 writes, 3.8 h in all.
        var failures = FailureSpec.ChipAndServer(null, null, 3600, 3600, 3600) with { CheckpointWriteSeconds = 360, RestartSeconds = 600 };
        var spec = InfraSpecs.Center(1, 1, new[] { 8 }, 28, 0.01, 1, new InfrastructureSpec(null, null, failures));
        var job = StudyRunner.Run(spec, threads: 1)[0].Jobs.Single();
        Assert.Equal(3.8 * 3600, job.End - job.Start, 6);

        var model = new CheckpointModel(failures);
        Assert.Equal(3.8 * 3600, model.TotalWork(3.5 * 3600, 3600), 9);
        Assert.Equal(4.3 * 3600, model.TotalWork(4 * 3600, 3600), 9);
        // Killed 2.5 h into its work (writes included): two checkpoints of 1.1 h each were finished.
        Assert.Equal(2.2 * 3600, model.SavedWork(2.5 * 3600, 3600), 9);
        Assert.Equal(0, model.SavedWork(1.05 * 3600, 3600), 9);
        Assert.Equal(600, model.RestartSeconds);
    }

    [Fact]
    public void Schedulers_see_the_declared_runtime_never_the_true_one()
    {
        var tenant = new TenantInfo(0, "t", TenantCategory.Sme);
        // True runtime 100 s on 8 chips; the tenant declared three times as much.
        var running = new JobState(new Job(tenant, 8, 8 * 100 / 3600.0, 0) { Id = 0, EstimateFactor = 3 }, 100) { StartTime = 0, ProgressSince = 0 };
        IJobView view = running;
        Assert.Equal(300, view.RuntimeSeconds, 9);
        Assert.Equal(300, view.EstimatedEnd, 9);
        // An estimate that ran out: a job past its declared end is expected to end now, not in the past.
        var under = new JobState(new Job(tenant, 8, 8 * 100 / 3600.0, 0) { Id = 1, EstimateFactor = 0.5 }, 100) { StartTime = 0, ProgressSince = 80, WorkLeft = 20 };
        Assert.Equal(80, ((IJobView)under).EstimatedEnd, 9);

        // EASY backfill reserves the head's start at the declared end of the running job (300 s), so a 250 s job may jump ahead.
        var book = new CenterSim.Policies.Placement.ClusterBook(1, 2, 8);
        book.Reserve(new[] { new CenterSim.Policies.Placement.ChipGrant(0, 8) });
        var head = new JobState(new Job(tenant, 16, 16 * 500 / 3600.0, 0) { Id = 2 }, 500);
        var shorter = new JobState(new Job(tenant, 8, 8 * 250 / 3600.0, 0) { Id = 3 }, 250);
        var policy = new EasyBackfillScheduling();
        var context = new SchedulingContext(book, new CenterSim.Policies.Placement.FirstFitPlacement())
        {
            Now = 0,
            Running = new IJobView[] { running },
            Queue = new IJobView[] { head, shorter },
        };
        policy.Schedule(context);
        Assert.Equal(300, policy.LastShadowTime, 9);
        Assert.Equal(1, Assert.Single(context.Decisions).QueueIndex);
    }

    [Fact]
    public void A_tenant_declares_runtimes_from_its_estimate_distribution_on_a_stream_of_its_own()
    {
        var spec = InfraSpecs.Center(1, 2, new[] { 8 }, 16, 0.5, 20, Model.Infrastructure.InfrastructureSpec.None);
        var exact = StudyRunner.Run(spec, threads: 1)[0];
        var group = spec.Tenants[0];
        var doubled = spec with
        {
            Tenants = new[] { group with { Training = group.Training with { RuntimeEstimate = new RuntimeEstimateSpec(false, new FixedDistribution(2)) } } },
        };
        var declared = StudyRunner.Run(doubled, threads: 1)[0];
        // FIFO never reads estimates, and drawing them leaves arrivals and work as they were.
        Assert.Equal(exact.Jobs.Select(j => (j.Submit, j.Start, j.End)), declared.Jobs.Select(j => (j.Submit, j.Start, j.End)));
    }
}
