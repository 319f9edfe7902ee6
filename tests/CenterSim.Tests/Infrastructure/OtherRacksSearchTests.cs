using CenterSim.Model.Scenario;
using CenterSim.Policies.Placement;
using CenterSim.Policies.Scheduling;
using CenterSim.Tests.Support;

namespace CenterSim.Tests.Infrastructure;

/// <summary>A placement refused by the power check is looked for again on the racks not tried yet.</summary>
public class OtherRacksSearchTests
{
    private sealed record FakeJob(long Id, int Chips) : IJobView
    {
        public TenantCategory Category => TenantCategory.Sme;

        public double SubmitTime => 0;

        public double RuntimeSeconds => 100;

        public double StartTime => double.NaN;
    }

    [Fact]
    public void A_refused_rack_is_hidden_once_and_the_book_reads_as_it_is_to_the_power_check()
    {
        // 4 racks of 2 servers of 8 chips; server 1 (rack 0) has 4 busy chips. First fit gives a 12-chip
        // job the whole servers 0 and 2 (racks 0 and 1); the check refuses racks 0 and 1, so both are
        // hidden and the second placement, on servers 4 and 5 of rack 2, is admitted: two placements and
        // two checks. During the search the check sees the busy chips as they are (4 on server 1, none
        // hidden) and the book's versions do not move.
        var book = new ClusterBook(4, 2, 8);
        book.Reserve(new[] { new ChipGrant(1, 4) });
        var version = book.Version;
        var placement = new CountingPlacement(new FirstFitPlacement());
        var checks = 0;
        var context = new SchedulingContext(book, placement)
        {
            Queue = new IJobView[] { new FakeJob(0, 12) },
            Admit = grants =>
            {
                checks++;
                Assert.Equal(4, Enumerable.Range(0, 8).Sum(book.Busy));
                Assert.Equal(version, book.Version);
                Assert.Equal(1, book.RackVersion(0));
                return grants.All(g => book.RackOf(g.Server) >= 2);
            },
        };
        Assert.True(context.TryStart(0));
        Assert.Equal((2, 2), (placement.Calls, checks));
        Assert.Equal(new[] { new ChipGrant(4, 8), new ChipGrant(5, 4) }, context.Decisions[0].Grants);
        Assert.Equal(new[] { 8, 4, 8, 8, 0, 4, 8, 8 }, Enumerable.Range(0, 8).Select(book.Free));
        Assert.Equal(48, book.TotalFree);
    }

    [Fact]
    public void When_every_rack_is_refused_the_book_is_given_back_as_it_was()
    {
        var book = new ClusterBook(3, 2, 8);
        book.Reserve(new[] { new ChipGrant(2, 3), new ChipGrant(5, 8) });
        var version = book.Version;
        var placement = new CountingPlacement(new FirstFitPlacement());
        var context = new SchedulingContext(book, placement)
        {
            Queue = new IJobView[] { new FakeJob(0, 8) },
            Admit = _ => false,
        };
        Assert.False(context.TryStart(0));
        // The placement is asked on rack 0, then racks 1 and 2; with all three hidden no chip is left to ask about.
        Assert.Equal(3, placement.Calls);
        Assert.Equal(version, book.Version);
        Assert.Equal(new[] { 8, 8, 5, 8, 8, 0 }, Enumerable.Range(0, 6).Select(book.Free));
        Assert.Equal(37, book.TotalFree);
        Assert.Equal(new[] { 3 }, book.WholeInRack(1));
        Assert.Equal(new[] { (1, 1), (1, 2), (2, 0) }, book.RacksByWhole);
        Assert.Equal(1, book.CountPartlyFree);
    }

    [Fact]
    public void Hiding_is_refused_twice_and_no_chips_change_hands_while_racks_are_hidden()
    {
        var book = new ClusterBook(2, 2, 8);
        Assert.True(book.HideRack(1));
        Assert.False(book.HideRack(1));
        Assert.Equal((16, 0, 0L), (book.TotalFree, book.Free(2), book.Version));
        Assert.Throws<InvalidOperationException>(() => book.Reserve(new[] { new ChipGrant(0, 1) }));
        book.ShowHidden();
        Assert.Equal((32, 8), (book.TotalFree, book.Free(2)));
        book.Reserve(new[] { new ChipGrant(0, 1) });
        Assert.Equal((1L, 1L, 0L), (book.Version, book.RackVersion(0), book.RackVersion(1)));
    }

    [Fact]
    public void A_refusal_is_asked_again_once_the_power_check_reads_another_state_though_the_book_is_unchanged()
    {
        // The check reads headroom outside this book (another pool under the same facility budget): 8 chips
        // are refused with room for 4, asked about again (and started) once the headroom, and with it the
        // admission version, has grown, though this book has not changed.
        var book = new ClusterBook(1, 2, 8);
        var placement = new CountingPlacement(new FirstFitPlacement());
        int headroom = 4, admitVersion = 0;
        var context = new SchedulingContext(book, placement)
        {
            Queue = new IJobView[] { new FakeJob(0, 8), new FakeJob(1, 8) },
            Admit = grants => grants.Sum(g => g.Chips) <= headroom,
            AdmitVersion = () => admitVersion,
        };
        Assert.False(context.TryStart(0));
        Assert.False(context.TryStart(1));
        Assert.Equal(1, placement.Calls);
        (headroom, admitVersion) = (8, 1);
        Assert.True(context.TryStart(1));
        Assert.Equal(2, placement.Calls);
    }
}
