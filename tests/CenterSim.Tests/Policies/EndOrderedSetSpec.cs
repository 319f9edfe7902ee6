using CenterSim.Policies.Scheduling;

namespace CenterSim.Tests.Policies;

public class EndOrderedSetSpec
{
    [Fact]
    public void Keeps_the_order_of_a_sorted_set_through_adds_removes_and_splits()
    {
        var set = new EndOrderedSet();
        var reference = new SortedSet<(double End, long Id, int Chips)>();
        var random = new Random(7);
        for (var step = 0; step < 20_000; step++)
        {
            var item = ((double)random.Next(500), (long)random.Next(2_000), random.Next(1, 3));
            if (random.Next(3) == 0)
            {
                Assert.Equal(reference.Remove(item), set.Remove(item));
            }
            else
            {
                Assert.Equal(reference.Add(item), set.Add(item));
            }
            Assert.Equal(reference.Count, set.Count);
            if (reference.Count > 0)
            {
                Assert.Equal(reference.Min, set.Min);
            }
        }
        // Far more entries than one chunk holds, so chunks split and empty on the way.
        Assert.True(reference.Count > 4 * EndOrderedSet.MaxChunk);
        Assert.Equal(reference, set);
        Assert.False(set.Add(set.Min));
    }

    [Fact]
    public void An_empty_set_has_no_minimum_and_removes_nothing()
    {
        var set = new EndOrderedSet();
        Assert.False(set.Remove((1, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => set.Min);
        Assert.True(set.Add((1, 1, 1)));
        Assert.True(set.Remove((1, 1, 1)));
        Assert.Equal(0, set.Count);
    }
}
