using CenterSim.Model.Infrastructure;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Pricing;
using CenterSim.Policies.Scheduling;
using CenterSim.Simulation.Infrastructure;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Infrastructure;

/// <summary>Delay capping's power check keeps each rack's watts between changes and answers as a fresh count does.</summary>
public class PowerAdmissionTests
{
    [Fact]
    public void Kept_rack_watts_give_the_same_answers_as_a_fresh_count_through_starts_ends_failures_and_hiding()
    {
        // 6 racks of 2 servers of 8 chips (1000 W idle, 3000 W peak). Rack cap 4.5 kW: two idle servers
        // draw 2 kW, so a rack holds about 20 busy chips' worth of power; the facility budget binds before
        // every rack is full. Random starts, ends and failures; after each, random candidate grants are
        // checked against the count of the code this replaced (every server from the books).
        var power = new PowerSpec(null, PowerManagementSpec.Default, 4.5, 30, CappingMode.Delay, null, null, null, null);
        var spec = InfraSpecs.Center(6, 2, new[] { 8 }, 10, 1, 1, new InfrastructureSpec(null, power, null));
        var layout = CenterLayout.For(spec);
        var pue = new PueModel(spec);
        var down = new bool[layout.ServerCount];
        var pool = new PoolQueue(layout.Pools[0], new FifoScheduling(), new FirstFitPlacement(), new FixedPricing(1), null, null!);
        var pools = new[] { pool };
        var governor = new PowerGovernor(layout, power, pue, down);
        var book = pool.Book;
        var random = new Random(17);
        var running = new List<ChipGrant[]>();
        int admitted = 0, refused = 0;
        for (var step = 0; step < 400; step++)
        {
            var action = random.Next(10);
            if (action < 5)
            {
                var g = RandomGrant(book, random);
                if (g is not null)
                {
                    book.Reserve(g);
                    running.Add(g);
                }
            }
            else if (action < 9 && running.Count > 0)
            {
                var i = random.Next(running.Count);
                book.Release(running[i]);
                running.RemoveAt(i);
            }
            else
            {
                var s = random.Next(book.ServerCount);
                if (down[s])
                {
                    down[s] = false;
                    book.SetUp(s);
                }
                else if (book.Free(s) == book.Capacity(s))
                {
                    down[s] = true;
                    book.SetDown(s);
                }
            }
            for (var k = 0; k < 5; k++)
            {
                var candidate = RandomGrant(book, random);
                if (candidate is null)
                {
                    continue;
                }
                var expected = FreshCount(layout, pue, power, down, book, candidate);
                var hideRack = random.Next(book.Racks + 1);
                if (hideRack < book.Racks)
                {
                    book.HideRack(hideRack); // the search for other racks asks while racks are hidden
                }
                var got = governor.Admit(pools, pool, candidate);
                book.ShowHidden();
                Assert.Equal(expected, got);
                (got ? ref admitted : ref refused)++;
            }
        }
        Assert.True(admitted > 100 && refused > 100, $"{admitted} admitted, {refused} refused: the caps never bound or always did");
    }

    /// <summary>Up to 12 free chips on one or two servers, in grant form; null when none is free.</summary>
    private static ChipGrant[]? RandomGrant(ClusterBook book, Random random)
    {
        var grants = new List<ChipGrant>();
        var wanted = 1 + random.Next(12);
        var s = random.Next(book.ServerCount);
        for (var tries = 0; tries < 2 && wanted > 0; tries++, s = (s + 1 + random.Next(3)) % book.ServerCount)
        {
            var take = Math.Min(wanted, book.Free(s));
            if (take > 0 && grants.All(g => g.Server != s))
            {
                grants.Add(new ChipGrant(s, take));
                wanted -= take;
            }
        }
        return grants.Count == 0 ? null : grants.ToArray();
    }

    /// <summary>The check as it was: every server's share from the book, then rack by rack in order.</summary>
    private static bool FreshCount(CenterLayout layout, PueModel pue, PowerSpec power, bool[] down, ClusterBook book, ChipGrant[] grants)
    {
        var shares = new double[book.ServerCount];
        for (var s = 0; s < shares.Length; s++)
        {
            shares[s] = down[s] ? 0 : (double)(book.Capacity(s) - book.Free(s)) / book.Capacity(s);
        }
        foreach (var g in grants)
        {
            shares[g.Server] += (double)g.Chips / book.Capacity(g.Server);
        }
        var p = layout.Pools[0];
        var total = 0.0;
        for (var r = 0; r < p.Racks; r++)
        {
            var rackW = 0.0;
            for (var s = r * p.ServersPerRack; s < (r + 1) * p.ServersPerRack; s++)
            {
                rackW += down[s] ? 0 : p.Power.Watts(shares[s]);
            }
            if (rackW > power.RackCapKw!.Value * 1000)
            {
                return false;
            }
            total += rackW;
        }
        return pue.FacilityW(total) <= power.FacilityBudgetKw!.Value * 1000;
    }
}
