using CenterSim.Model.Infrastructure;
using CenterSim.Model.Scenario;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;
using CenterSim.Tests.Support;
using CenterSim.Simulation.Actors;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Infrastructure;

public class BackfillAndFailureTests
{
    [Fact]
    public void A_size_refused_on_an_unchanged_book_is_not_searched_again_but_is_once_the_book_changes()
    {
        // 2 servers of 8 chips, 4 busy; a power cap refuses any 8-chip start. 100 more 8-chip jobs on the
        // same book get the same answer without a search; a 4-chip job is a new question (and the cap lets
        // it start); once the book has changed, 8 chips are asked about again.
        var book = new ClusterBook(1, 2, 8);
        book.Reserve(new[] { new ChipGrant(0, 4) });
        var placement = new CountingPlacement(new FirstFitPlacement());
        var context = new SchedulingContext(book, placement)
        {
            Queue = Enumerable.Range(0, 101).Select(i => (IJobView)new FakeJob(i, 8, 100)).Append(new FakeJob(101, 4, 100)).ToArray(),
            Admit = grants => grants.Sum(g => g.Chips) < 8,
        };
        for (var i = 0; i < 101; i++)
        {
            Assert.False(context.TryStart(i));
        }
        Assert.Equal(1, placement.Calls);
        Assert.True(context.TryStart(101));
        Assert.Equal(2, placement.Calls);
        Assert.False(context.TryStart(0));
        Assert.Equal(3, placement.Calls);
    }

    [Fact]
    public void Easy_backfill_never_delays_the_head_past_its_reservation()
    {
        // 16 chips (2 servers). Running: 8 chips until t=100. Queue: head needs 16 (reservation at 100),
        // then a 8-chip job of 200 s (would end after 100 and use the head's chips: must wait), then a
        // 8-chip job of 50 s (ends by 100: may start).
        var book = new ClusterBook(1, 2, 8);
        book.Reserve(new[] { new ChipGrant(0, 8) });
        var policy = new EasyBackfillScheduling();
        var context = new SchedulingContext(book, new FirstFitPlacement())
        {
            Now = 0,
            Running = new IJobView[] { new FakeJob(0, 8, 100, StartTime: 0) },
            Queue = new IJobView[] { new FakeJob(1, 16, 500), new FakeJob(2, 8, 200), new FakeJob(3, 8, 50) },
        };
        policy.Schedule(context);
        Assert.Equal(100, policy.LastShadowTime);
        var started = Assert.Single(context.Decisions);
        Assert.Equal(2, started.QueueIndex);
    }

    [Fact]
    public void Easy_backfill_starts_every_blocked_head_by_its_first_reservation()
    {
        // A small event loop around the policy: 64 chips in 8 servers, whole-server gangs arriving every
        // 400 s with runtimes that are exact. A job first given a reservation must start by it.
        var book = new ClusterBook(2, 4, 8);
        var policy = new EasyBackfillScheduling();
        var context = new SchedulingContext(book, new FirstFitPlacement());
        var sizes = new[] { 8, 16, 32, 64, 8, 24 };
        var queue = new List<FakeJob>();
        var running = new List<(FakeJob Job, ChipGrant[] Grants, double End)>();
        var reservation = new Dictionary<long, double>();
        var now = 0.0;
        var next = 0;
        var checkedHeads = 0;
        while (next < 300 || queue.Count > 0 || running.Count > 0)
        {
            var arrival = next < 300 ? next * 400.0 : double.PositiveInfinity;
            var end = running.Count > 0 ? running.Min(r => r.End) : double.PositiveInfinity;
            now = Math.Min(arrival, end);
            if (end <= arrival)
            {
                var done = running.First(r => r.End == end);
                running.Remove(done);
                book.Release(done.Grants);
            }
            else
            {
                queue.Add(new FakeJob(next, sizes[next % sizes.Length], 600 + 137 * (next % 11)));
                next++;
            }
            context.Now = now;
            context.Queue = queue;
            context.Running = running.Select(r => (IJobView)(r.Job with { StartTime = r.End - r.Job.RuntimeSeconds })).ToList();
            context.Decisions.Clear();
            policy.Schedule(context);
            foreach (var d in context.Decisions)
            {
                var job = queue[d.QueueIndex];
                if (reservation.TryGetValue(job.Id, out var promised))
                {
                    Assert.True(now <= promised + 1e-9, $"job {job.Id} started at {now}, reserved for {promised}");
                    checkedHeads++;
                }
                running.Add((job, d.Grants, now + job.RuntimeSeconds));
            }
            foreach (var d in context.Decisions.OrderByDescending(d => d.QueueIndex))
            {
                queue.RemoveAt(d.QueueIndex);
            }
            if (policy.LastHeadId >= 0 && !reservation.ContainsKey(policy.LastHeadId))
            {
                reservation[policy.LastHeadId] = policy.LastShadowTime;
            }
        }
        Assert.True(checkedHeads > 20, $"only {checkedHeads} blocked heads");
    }

    [Fact]
    public void Failures_restart_from_the_checkpoint_and_allocated_time_is_useful_plus_lost_work()
    {
        // Fixed work, no throttling, always on: every allocated chip-second did either work that counted
        // (the jobs' chip-hours) or work lost to a failure, so allocated = Σ chip-hours + lost.
        var failures = FailureSpec.ChipAndServer(null, 40 * 3600, 0, 2 * 3600, 1800);
        var spec = InfraSpecs.Center(1, 4, new[] { 8, 16 }, 48, 1, 200, new InfrastructureSpec(null, null, failures));
        using var session = new RunSession(spec, 0);
        var result = session.Complete();
        var s = session.Ask<SchedulerProtocol.Snapshot>(session.Context.Directory.Scheduler, new SchedulerProtocol.SnapshotRequest(99));
        var useful = result.Jobs.Sum(j => j.ChipHours) * 3600;
        Assert.True(s.LostChipSeconds > 0, "no failure hit a job");
        Assert.Equal(useful + s.LostChipSeconds, s.AllocatedChipSeconds, 6);
        // Work is lost only back to the last checkpoint: less than one interval per failure per job.
        Assert.All(result.Jobs, j => Assert.Equal(JobStatusCompleted, j.Status));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("first-fit")]
    public void Every_allocated_chip_second_is_busy_on_one_server(string placement)
    {
        // Random placement spreads even small gangs over several servers, and one release message serves
        // the whole gang: each server frees what the job held there. If a server freed too much or too
        // little, its busy chip-seconds would drift from the scheduler's allocated ones.
        const int Chips = 2 * 4 * 8;
        var spec = InfraSpecs.Center(2, 4, new[] { 1, 3, 8, 12, 20 }, 30, 2.5, 400, new InfrastructureSpec(null, null, null));
        spec = spec with { Policies = spec.Policies with { Placement = PolicyChoice.Named(placement) } };
        using var session = new RunSession(spec, 0);
        session.RunUntil(150 * 3600);
        var directory = session.Context.Directory;
        var s = session.Ask<SchedulerProtocol.Snapshot>(directory.Scheduler, new SchedulerProtocol.SnapshotRequest(98));
        var busy = directory.Servers.Sum(server => session.Ask<ServerProtocol.Energy>(server, ServerProtocol.EnergyRequest.Instance).ChipBusySeconds);
        Assert.True(s.AllocatedChipSeconds > 0.5 * 150 * 3600 * Chips, $"only {s.AllocatedChipSeconds} chip-seconds allocated");
        Assert.Equal(s.AllocatedChipSeconds, busy, 1e-6 * busy);
    }

    private const Model.Results.JobStatus JobStatusCompleted = Model.Results.JobStatus.Completed;

    [Fact]
    public void The_power_budget_energy_equals_the_sum_over_servers()
    {
        var power = new PowerSpec(new PowerTableSpec(1000, 1800, 2700, 3000),
            new PowerManagementSpec(PowerManagementSpec.SleepAfterIdle, 1800, 100, 300, 800), 10, null, CappingMode.Throttle, 1.5, 1.2, null, null);
        var failures = FailureSpec.ChipAndServer(100_000 * 3600.0, 100 * 3600, 3600, 4 * 3600, 3600);
        var spec = InfraSpecs.Center(2, 4, new[] { 8, 16, 24 }, 40, 1.5, 300, new InfrastructureSpec(InfraSpecs.Ascend, power, failures));
        using var session = new RunSession(spec, 0);
        session.RunUntil(200 * 3600);
        var directory = session.Context.Directory;
        var budget = session.Ask<PowerProtocol.Snapshot>(directory.PowerBudget, new PowerProtocol.SnapshotRequest(7));
        var servers = directory.Servers.Sum(s => session.Ask<ServerProtocol.Energy>(s, ServerProtocol.EnergyRequest.Instance).Joules);
        Assert.True(Math.Abs(budget.ItJoules - servers) <= 1e-9 * servers, $"budget {budget.ItJoules} servers {servers}");
        Assert.Equal(0, budget.CapViolations);
    }
}
