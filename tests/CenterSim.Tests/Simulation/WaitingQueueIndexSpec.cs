using CenterSim.Model.Scenario;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Simulation;

/// <summary>
/// The waiting queue against a plain list doing the same by brute force: arrival order, the order a
/// keyed policy takes jobs in (key, then place in the queue, as a full sort gives it) and O(1) removal,
/// after many random arrivals, starts from anywhere, backfilled starts and jobs put back.
/// </summary>
public class WaitingQueueIndexSpec
{
    private static readonly TenantInfo Tenant = new(0, "t", TenantCategory.Enterprise);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_queue_and_its_keyed_order_match_brute_force_after_random_changes(int seed)
    {
        var random = new Random(seed);
        var queue = new WaitingQueue(j => j.Chips);
        var model = new List<JobState>();
        var outside = new List<JobState>();
        long nextId = 0;
        for (var step = 0; step < 4000; step++)
        {
            var op = random.Next(10);
            if (op < 4 || model.Count == 0)
            {
                var job = Make(nextId++, random.Next(1, 6));
                queue.Add(job);
                model.Add(job);
            }
            else if (op < 6)
            {
                var job = model[random.Next(model.Count)];
                queue.Remove(job);
                model.Remove(job);
                outside.Add(job);
            }
            else if (op < 8)
            {
                var positions = Enumerable.Range(0, model.Count).Where(_ => random.Next(4) == 0).ToArray();
                if (random.Next(2) == 0)
                {
                    positions = Enumerable.Range(0, Math.Min(model.Count, random.Next(3))).ToArray(); // from the front
                }
                queue.RemoveAt(positions);
                foreach (var p in positions.Reverse())
                {
                    outside.Add(model[p]);
                    model.RemoveAt(p);
                }
            }
            else if (outside.Count > 0)
            {
                var job = outside[random.Next(outside.Count)];
                outside.Remove(job);
                queue.Insert(job);
                var at = model.FindIndex(q => q.Id > job.Id);
                model.Insert(at < 0 ? model.Count : at, job);
            }
            AssertSame(model, queue, byPosition: step % 64 == 0); // reading by position fills the holes: not every step
        }
    }

    [Fact]
    public void Jobs_put_back_again_and_again_between_the_same_two_keep_their_places()
    {
        var queue = new WaitingQueue(j => j.Chips);
        var model = new List<JobState>();
        var first = Make(0, 1);
        var last = Make(1000, 1);
        queue.Add(first);
        queue.Add(last);
        model.Add(first);
        model.Add(last);
        // Each job put back goes just before the one put back before it: every slot after it moves.
        for (var id = 999; id > 960; id--)
        {
            var job = Make(id, id % 3 + 1);
            queue.Insert(job);
            model.Insert(1, job);
            AssertSame(model, queue);
        }
        Assert.Equal(41, queue.Count);
    }

    [Fact]
    public void Taking_a_job_that_is_not_waiting_is_refused()
    {
        var queue = new WaitingQueue();
        var job = Make(0, 1);
        queue.Add(job);
        queue.Remove(job);
        var e = Assert.Throws<InvalidOperationException>(() => queue.Remove(job));
        Assert.Equal("job 0 is not waiting", e.Message);
    }

    private static JobState Make(long id, int chips) => new(new Job(Tenant, chips, chips, 0) { Id = id }, 3600);

    private static void AssertSame(List<JobState> model, WaitingQueue queue, bool byPosition = true)
    {
        Assert.Equal(model.Count, queue.Count);
        Assert.Equal(model.Select(j => j.Id), queue.Select(j => j.Id));
        Assert.Equal(model.Sum(j => j.Chips * j.RuntimeSeconds), queue.DeclaredChipSeconds, 1e-6);
        var sorted = model.Select((j, i) => (j, i)).OrderBy(x => x.j.Chips).ThenBy(x => x.i).Select(x => x.j.Id);
        Assert.Equal(sorted, queue.InOrder!.Select(j => j.Id));
        for (var i = 0; byPosition && i < model.Count; i += Math.Max(1, model.Count / 7))
        {
            Assert.Same(model[i], queue[i]);
        }
    }
}
