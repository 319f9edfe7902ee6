using CenterSim.Simulation.Engine;

namespace CenterSim.Tests.Engine;

public class EventCalendarSpec
{
    [Fact]
    public void Entries_come_out_by_time_then_by_the_order_they_went_in_as_the_standard_priority_queue_gives_them()
    {
        // Interleaved puts and takes, with many equal times, against PriorityQueue on the same keys: the
        // same order entry by entry, and every target and message back with its own key.
        var calendar = new EventCalendar(1);
        var reference = new PriorityQueue<long, EventKey>();
        var rng = new System.Random(7);
        var sequence = 0L;
        var now = 0.0;
        var taken = 0;
        for (var step = 0; step < 20_000; step++)
        {
            if (reference.Count == 0 || rng.NextDouble() < 0.55)
            {
                var time = now + rng.Next(0, 5) * 0.5;
                var s = sequence++;
                calendar.Enqueue(time, s, $"target {s}", s);
                reference.Enqueue(s, new EventKey(time, s));
            }
            else
            {
                reference.TryDequeue(out var expected, out var key);
                Assert.Equal(key.Time, calendar.EarliestTime);
                var (target, message) = calendar.Dequeue();
                Assert.Equal(expected, (long)message);
                Assert.Equal($"target {expected}", target);
                now = key.Time;
                taken++;
            }
            Assert.Equal(reference.Count, calendar.Count);
        }
        Assert.True(taken > 8_000, $"only {taken} entries were taken out");
    }

    [Fact]
    public void An_empty_calendar_has_no_earliest_entry()
    {
        var calendar = new EventCalendar(4);
        calendar.Enqueue(2, 0, "a", "m");
        calendar.Dequeue();
        Assert.Equal(0, calendar.Count);
        Assert.Throws<InvalidOperationException>(() => calendar.EarliestTime);
        Assert.Throws<InvalidOperationException>(() => calendar.Dequeue());
    }

    [Fact]
    public void Taking_out_called_off_entries_leaves_the_rest_in_their_order()
    {
        // 5,000 entries at random times, every third called off: the calendar holds the other 3,334 and
        // gives them in the order the full calendar would have, skipping the dead ones.
        var full = new EventCalendar(1);
        var pruned = new EventCalendar(1);
        var rng = new System.Random(11);
        for (var s = 0L; s < 5_000; s++)
        {
            var time = rng.Next(0, 400) * 0.25;
            var message = new CalledOffEvent { Cancelled = s % 3 == 0 };
            full.Enqueue(time, s, s, message);
            pruned.Enqueue(time, s, s, message);
        }
        Assert.Equal(1_667, pruned.RemoveWhere(m => ((CalledOffEvent)m).Cancelled));
        Assert.Equal(3_333, pruned.Count);
        while (full.Count > 0)
        {
            var (target, message) = full.Dequeue();
            if (!((CalledOffEvent)message).Cancelled)
            {
                Assert.Equal(target, pruned.Dequeue().Target);
            }
        }
        Assert.Equal(0, pruned.Count);
    }
}
