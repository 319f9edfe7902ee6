using CenterSim.Model.Network;

namespace CenterSim.Tests.Network;

public class MaxMinFairShareTests
{
    private static double[] Rates(double[] capacities, params int[][] paths) => MaxMinFairShare.Rates(capacities, paths);

    [Fact]
    public void Flows_on_one_link_split_it_equally()
    {
        var rates = Rates([10], [0], [0], [0]);
        Assert.All(rates, r => Assert.Equal(10.0 / 3, r, 12));
    }

    [Fact]
    public void A_flow_held_back_elsewhere_leaves_its_unused_share_to_the_others()
    {
        // Links A=10, B=4. Flow 0 on A, flow 1 on A and B, flow 2 on B.
        // B is the bottleneck at 4/2 = 2 (A would give 10/2 = 5): flows 1 and 2 get 2.
        // A then has 10 - 2 = 8 left for flow 0 alone.
        var rates = Rates([10, 4], [0], [0, 1], [1]);
        Assert.Equal(8, rates[0], 12);
        Assert.Equal(2, rates[1], 12);
        Assert.Equal(2, rates[2], 12);
    }

    [Fact]
    public void Parking_lot_gives_the_long_flow_and_each_short_flow_half()
    {
        // Three links of capacity 1 in a row; flow 0 crosses all three, flows 1-3 one link each.
        var rates = Rates([1, 1, 1], [0, 1, 2], [0], [1], [2]);
        Assert.All(rates, r => Assert.Equal(0.5, r, 12));
    }

    [Fact]
    public void Unequal_links_fill_in_order_of_their_fair_share()
    {
        // L0=1, L1=2; flow 0 crosses both, flow 1 only L0, flow 2 only L1.
        // L0 fills first at 1/2 each (L1 would give 2/2 = 1): flows 0 and 1 get 0.5.
        // L1 has 2 - 0.5 = 1.5 left for flow 2.
        var rates = Rates([1, 2], [0, 1], [0], [1]);
        Assert.Equal(0.5, rates[0], 12);
        Assert.Equal(0.5, rates[1], 12);
        Assert.Equal(1.5, rates[2], 12);
    }

    [Fact]
    public void Three_levels_of_bottleneck()
    {
        // L0=3 shared by flows 0,1,2; L1=5 shared by flows 2,3; L2=12 shared by flows 3,4.
        // Round 1: shares L0 1, L1 2.5, L2 6 -> L0 full, flows 0,1,2 at 1.
        // Round 2: L1 has 5-1-1=3 for flow 3 alone (it is at 1), L2 has 12-2=10 for flows 3,4 -> step min(3, 5)=3: flow 3 = 4, L1 full.
        // Round 3: L2 has 10-6=4 for flow 4 alone -> flow 4 = 4 + 4 = 8.
        var rates = Rates([3, 5, 12], [0], [0], [0, 1], [1, 2], [2]);
        Assert.Equal([1.0, 1.0, 1.0, 4.0, 8.0], rates.Select(r => Math.Round(r, 12)).ToArray());
    }

    [Fact]
    public void Every_flow_meets_a_full_link_where_it_has_the_largest_rate()
    {
        double[] caps = [7, 3, 11, 5];
        int[][] paths = [[0, 2], [0, 1], [1, 3], [2], [2, 3], [3, 0]];
        var rates = MaxMinFairShare.Rates(caps, paths);
        for (var l = 0; l < caps.Length; l++)
        {
            var load = paths.Select((p, f) => p.Contains(l) ? rates[f] : 0).Sum();
            Assert.True(load <= caps[l] + 1e-9, $"link {l} carries {load} > {caps[l]}");
        }
        for (var f = 0; f < paths.Length; f++)
        {
            var hasBottleneck = paths[f].Any(l =>
                Math.Abs(paths.Select((p, g) => p.Contains(l) ? rates[g] : 0).Sum() - caps[l]) < 1e-9
                && paths.Select((p, g) => (p, g)).Where(x => x.p.Contains(l)).All(x => rates[x.g] <= rates[f] + 1e-9));
            Assert.True(hasBottleneck, $"flow {f} at {rates[f]} has no bottleneck link");
        }
    }

    [Fact]
    public void Edge_cases_no_links_zero_capacity_and_idle_links()
    {
        var rates = Rates([0, 4, 9], [], [0, 1], [1]);
        Assert.Equal(double.PositiveInfinity, rates[0]);
        Assert.Equal(0, rates[1]);
        Assert.Equal(4, rates[2], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates([1], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates([-1], [0]));
    }
}
