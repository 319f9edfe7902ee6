using CenterSim.Simulation.Actors;

namespace CenterSim.Tests.Engine;

public class ChangeLogSpec
{
    [Fact]
    public void The_log_gives_back_changes_in_the_order_made_counts_them_and_refuses_one_back_in_time()
    {
        var log = new ChangeLog<(int Server, double Watts)>();
        Assert.Equal(1, log.Add(10, (3, 500)));
        Assert.Equal(2, log.Add(10, (1, 700)));
        Assert.Equal(3, log.Add(25, (3, 400)));
        Assert.Equal(3, log.Pending);
        var read = new List<(double, int, double)>();
        log.TakeAll((t, c) => read.Add((t, c.Server, c.Watts)));
        Assert.Equal(new[] { (10.0, 3, 500.0), (10.0, 1, 700.0), (25.0, 3, 400.0) }, read);
        Assert.Equal(0, log.Pending);
        log.Add(30, (2, 100));
        Assert.Throws<InvalidOperationException>(() => log.Add(29, (2, 200)));
    }
}
