using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Simulation;

public class GangSizesSpec
{
    [Fact]
    public void The_smallest_size_follows_jobs_as_they_come_and_go()
    {
        var sizes = new GangSizes();
        Assert.Equal(int.MaxValue, sizes.Smallest);
        foreach (var chips in new[] { 8, 1, 8, 64, 256, 16, 32, 2, 4, 128 })
        {
            sizes.Add(chips);
        }
        Assert.Equal(1, sizes.Smallest);
        sizes.Remove(1);
        Assert.Equal(2, sizes.Smallest);
        sizes.Remove(2);
        sizes.Remove(4);
        Assert.Equal(8, sizes.Smallest);
        sizes.Remove(8);
        Assert.Equal(8, sizes.Smallest); // two jobs of 8 were counted
        sizes.Remove(8);
        Assert.Equal(16, sizes.Smallest);
        foreach (var chips in new[] { 16, 32, 64, 128 })
        {
            sizes.Remove(chips);
        }
        Assert.Equal(256, sizes.Smallest);
        sizes.Remove(256);
        Assert.Equal(int.MaxValue, sizes.Smallest);
    }

    [Fact]
    public void Removing_a_size_no_job_has_is_an_error()
    {
        var sizes = new GangSizes();
        sizes.Add(8);
        var e = Assert.Throws<InvalidOperationException>(() => sizes.Remove(16));
        Assert.Equal("no waiting job of 16 chips to remove", e.Message);
        Assert.Equal(8, sizes.Smallest);
    }
}
