using CenterSim.Model.Network;
using Xunit;

namespace CenterSim.Tests.Network;

/// <summary>Transfers over time on max-min shared links, against timelines worked out by hand.</summary>
public class FluidTransfersTests
{
    [Fact]
    public void A_later_transfer_halves_the_first_ones_rate_until_it_is_done()
    {
        // One 10 Gb/s link. A (100 Gb) starts at 0 and has 20 Gb done when B (50 Gb) joins at 2 s;
        // both then get 5 Gb/s, so B ends at 2 + 50/5 = 12 s, when A has 80 − 50 = 30 Gb left,
        // which alone at 10 Gb/s takes 3 s more: A ends at 15 s.
        var t = new FluidTransfers(new[] { 10e9 });
        t.Add(1, new[] { 0 }, 100e9);
        t.Share();
        Assert.Equal(10e9, t.Flows[0].Rate);
        t.AdvanceTo(2);
        Assert.Equal(80e9, t.Flows[0].BitsLeft, 3);
        t.Add(2, new[] { 0 }, 50e9);
        t.Share();
        Assert.Equal(5e9, t.Flows[0].Rate);
        Assert.Equal(5e9, t.Flows[1].Rate);
        Assert.Equal(12, t.NextFinish(), 9);

        t.AdvanceTo(t.NextFinish());
        var done = t.TakeFinished();
        Assert.Equal(new long[] { 2 }, done.Select(f => f.Id));
        t.Share();
        Assert.Equal(10e9, t.Flows[0].Rate);
        Assert.Equal(15, t.NextFinish(), 9);
        Assert.Equal(1, t.FlowsOn(0));
    }

    [Fact]
    public void A_flow_held_back_by_one_link_speeds_up_when_that_link_frees()
    {
        // Links 0 (10 Gb/s) and 1 (4 Gb/s). A crosses both (10 Gb), B only link 0 (8 Gb), C only link 1 (4 Gb).
        // Max-min: link 1 is the bottleneck, A = C = 2 Gb/s, B takes the rest of link 0: 8 Gb/s.
        // B ends at 1 s (A still held to 2 by link 1); C ends at 4/2 = 2 s, when A has 10 − 2·2 = 6 Gb left;
        // alone A gets min(10, 4) = 4 Gb/s and ends at 2 + 6/4 = 3.5 s.
        var t = new FluidTransfers(new[] { 10e9, 4e9 });
        t.Add(1, new[] { 0, 1 }, 10e9);
        t.Add(2, new[] { 0 }, 8e9);
        t.Add(3, new[] { 1 }, 4e9);
        t.Share();
        Assert.Equal(new[] { 2e9, 8e9, 2e9 }, t.Flows.Select(f => f.Rate));
        Assert.Equal(10e9, t.RateOn(0), 3);
        Assert.Equal(4e9, t.RateOn(1), 3);

        var finishes = new List<(long Id, double Time)>();
        while (t.Flows.Count > 0)
        {
            t.AdvanceTo(t.NextFinish());
            finishes.AddRange(t.TakeFinished().Select(f => (f.Id, t.Time)));
            t.Share();
        }
        Assert.Equal(new long[] { 2, 3, 1 }, finishes.Select(f => f.Id));
        Assert.Equal(1.0, finishes[0].Time, 9);
        Assert.Equal(2.0, finishes[1].Time, 9);
        Assert.Equal(3.5, finishes[2].Time, 9);
    }

    [Fact]
    public void Links_report_their_load_only_when_it_changes()
    {
        var t = new FluidTransfers(new[] { 10e9, 10e9 });
        t.Add(1, new[] { 0 }, 1e9);
        Assert.Equal(new[] { 0 }, t.Share());
        Assert.Empty(t.Share());
        Assert.Equal(double.PositiveInfinity, new FluidTransfers(new[] { 1.0 }).NextFinish());
    }

    [Fact]
    public void A_remainder_below_the_clocks_resolution_counts_as_done()
    {
        // At t = 2^24 s one step of the clock is 2^-28 s (3.7 ns, 37 bits at 10 Gb/s). A flow with 10 bits
        // left would end 1 ns later, which the clock cannot tell from now: it must count as done now,
        // or the run would stall delivering completions at the same instant forever.
        var now = 16777216.0;
        var t = new FluidTransfers(new[] { 10e9 });
        t.AdvanceTo(now);
        t.Add(1, new[] { 0 }, 10);
        t.Share();
        Assert.Equal(now, t.NextFinish());
        Assert.Equal(new long[] { 1 }, t.TakeFinished().Select(f => f.Id));
    }
    [Fact]
    public void Thousands_of_flows_on_one_link_finish_as_processor_sharing_says()
    {
        // n flows of k Gb (k = 1..n) start together on a 10 Gb/s link. Shared equally, the flows all move
        // at C/m while m are left, so the k-th ends when the k-th smallest size is done:
        // T_k = T_(k-1) + (n − k + 1)·(1 Gb)/C, i.e. T_k = Σ_(j≤k) (n − j + 1)/10 s.
        const int n = 5000;
        var t = new FluidTransfers(new[] { 10e9 });
        for (var k = n; k >= 1; k--)
        {
            t.Add(k, new[] { 0 }, k * 1e9);
        }
        t.Share();
        Assert.Equal(n, t.FlowsOn(0));
        var expected = 0.0;
        for (var k = 1; k <= n; k++)
        {
            expected += (n - k + 1) / 10.0;
            t.AdvanceTo(t.NextFinish());
            var done = t.TakeFinished();
            Assert.Equal(new long[] { k }, done.Select(f => f.Id));
            Assert.Equal(expected, t.Time, 1e-9 * expected);
            t.Share();
        }
        Assert.Equal(0, t.Count);
        Assert.Equal(0, t.RateOn(0));
    }

    [Fact]
    public void Identical_flows_counted_together_get_the_rates_of_flows_listed_one_by_one()
    {
        // Links 0 (10 Gb/s) and 1 (4 Gb/s): three flows over both, two over link 0 only, one over link 1 only.
        var capacities = new[] { 10e9, 4e9 };
        var one = MaxMinFairShare.Rates(capacities, new[] { new[] { 0, 1 }, new[] { 0, 1 }, new[] { 0, 1 }, new[] { 0 }, new[] { 0 }, new[] { 1 } });
        var grouped = MaxMinFairShare.Rates(capacities, new[] { new[] { 0, 1 }, new[] { 0 }, new[] { 1 } }, new[] { 3, 2, 1 });
        // Link 1 is the bottleneck: 4 flows share 4 Gb/s (1 each); link 0's other two flows share 10 − 3 = 7.
        Assert.Equal(new[] { 1e9, 3.5e9, 1e9 }, grouped);
        Assert.Equal(new[] { one[0], one[3], one[5] }, grouped);
    }
}
