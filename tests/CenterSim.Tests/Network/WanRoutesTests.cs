using CenterSim.Model.Network;
using CenterSim.Model.Scenario;
using Xunit;

namespace CenterSim.Tests.Network;

public class WanRoutesTests
{
    private static CenterSpec Center(string name, string region) => new(name, region, 1.2, 0.4, new RackSpec(1, 1, "s", 400));

    [Fact]
    public void Routes_take_the_least_latency_and_add_up_latency_and_price()
    {
        // a–b 10 ms, b–c 10 ms, a–c 30 ms: a to c goes through b (20 ms) and pays both links.
        var network = new NetworkSpec(
            new[] { Center("x", "a"), Center("y", "b"), Center("z", "c"), Center("w", "island") },
            new[]
            {
                new WanLinkSpec("a", "b", 100, 10, 0.02),
                new WanLinkSpec("b", "c", 40, 10, 0.03),
                new WanLinkSpec("a", "c", 100, 30, 0.01),
            });
        var routes = new WanRoutes(network);
        var a = routes.RegionIndex("a");
        var c = routes.RegionIndex("c");
        var ac = routes.Between(a, c)!;
        Assert.Equal(new[] { 0, 2 }, ac.Links); // a>b, then b>c
        Assert.Equal(0.020, ac.LatencySeconds, 12);
        Assert.Equal(0.05, ac.YuanPerGb, 12);
        var ca = routes.Between(c, a)!;
        Assert.Equal(new[] { 3, 1 }, ca.Links); // c>b, then b>a
        Assert.Equal(new[] { "a>b", "b>a", "b>c", "c>b", "a>c", "c>a" }, routes.LinkNames);
        Assert.Equal(40e9, routes.CapacitiesBitsPerSecond[2]);
        Assert.True(routes.Between(a, a)!.IsLocal);
        Assert.Null(routes.Between(a, routes.RegionIndex("island")));
    }
}
