using CenterSim.Policies.Placement;

namespace CenterSim.Tests.Infrastructure;

/// <summary>The book's indexes answer exactly what a scan of every server answers, after any sequence of changes.</summary>
public class ClusterBookIndexTests
{
    [Fact]
    public void Indexes_agree_with_a_scan_after_random_reserves_releases_and_failures()
    {
        var book = new ClusterBook(5, 4, 8);
        var rng = new System.Random(7);
        var held = new List<ChipGrant>();
        for (var step = 0; step < 3000; step++)
        {
            var op = rng.Next(10);
            var s = rng.Next(book.ServerCount);
            if (op < 5 && book.Free(s) > 0)
            {
                var g = new ChipGrant(s, rng.Next(1, book.Free(s) + 1));
                book.Reserve(new[] { g });
                held.Add(g);
            }
            else if (op < 9 && held.Count > 0)
            {
                var i = rng.Next(held.Count);
                book.Release(new[] { held[i] });
                held.RemoveAt(i);
            }
            else if (op == 9 && held.All(h => h.Server != s))
            {
                book.SetDown(s);
                book.SetUp(s);
            }
            Check(book);
        }
    }

    private static void Check(ClusterBook book)
    {
        var servers = Enumerable.Range(0, book.ServerCount).ToList();
        for (var k = 1; k <= 8; k++)
        {
            var atLeast = servers.Where(s => book.Free(s) >= k).ToList();
            Assert.Equal(atLeast.Count, book.CountWithAtLeast(k));
            for (var i = 0; i < atLeast.Count; i++)
            {
                Assert.Equal(atLeast[i], book.NthWithAtLeast(k, i));
            }
            Assert.Equal(-1, book.NthWithAtLeast(k, atLeast.Count));
            Assert.Equal(atLeast.DefaultIfEmpty(-1).First(), book.FirstWithAtLeast(k));
            for (var from = 0; from <= book.ServerCount; from++)
            {
                Assert.Equal(servers.Where(s => s >= from && book.Free(s) == k).DefaultIfEmpty(-1).First(), book.NextWithFree(k, from));
                Assert.Equal(servers.Where(s => s >= from && book.Free(s) is > 0 and < 8).DefaultIfEmpty(-1).First(), book.NextPartlyFree(from));
            }
            Assert.Equal(servers.Where(s => book.Free(s) == k), book.WithFree(k));
            var best = servers.Where(s => book.Free(s) >= k).OrderBy(book.Free).ThenBy(s => s).DefaultIfEmpty(-1).First();
            Assert.Equal(best, book.FullestWithAtLeast(k));
            Assert.Equal(servers.Where(s => book.Free(s) > 0 && book.Free(s) < k).Sum(book.Free), book.FreeChipsBelow(k));
        }
        var partly = servers.Where(s => book.Free(s) is > 0 and < 8).ToList();
        Assert.Equal(partly.Count, book.CountPartlyFree);
        Assert.Equal(partly, Enumerable.Range(0, partly.Count).Select(book.NthPartlyFree));
        var racks = Enumerable.Range(0, book.Racks)
            .Select(r => (Whole: servers.Count(s => book.RackOf(s) == r && book.Free(s) == 8), Rack: r))
            .Where(x => x.Whole > 0).OrderBy(x => x.Whole).ThenBy(x => x.Rack).ToList();
        Assert.Equal(racks, book.RacksByWhole);
        for (var r = 0; r < book.Racks; r++)
        {
            Assert.Equal(servers.Where(s => book.RackOf(s) == r && book.Free(s) == 8), book.WholeInRack(r));
        }
        Assert.Equal(servers.Sum(book.Free), book.TotalFree);
    }

    [Fact]
    public void Random_placement_draws_distinct_servers_and_puts_the_book_back_as_it_was()
    {
        var book = new ClusterBook(4, 4, 8);
        book.Reserve(new[] { new ChipGrant(1, 3), new ChipGrant(6, 7), new ChipGrant(9, 8) });
        var placement = new RandomPlacement();
        placement.Seed(3);
        Assert.True(placement.TryPlace(100, book, out var grants));
        Assert.Equal(100, grants.Sum(g => g.Chips));
        Assert.Equal(grants.Length, grants.Select(g => g.Server).Distinct().Count());
        Assert.All(grants, g => Assert.True(g.Chips <= book.Free(g.Server)));
        // Whole free servers first: 13 of them give 104 chips, so no partly free server is needed.
        Assert.All(grants, g => Assert.Equal(8, book.Free(g.Server)));
        Check(book);
        Assert.False(placement.TryPlace(book.TotalFree + 1, book, out _));
        Check(book);
    }

    [Fact]
    public void Draws_take_the_given_rank_among_the_servers_not_drawn_yet_in_index_order()
    {
        var book = new ClusterBook(4, 4, 8);
        book.Reserve(new[] { new ChipGrant(1, 3), new ChipGrant(2, 8), new ChipGrant(6, 7), new ChipGrant(9, 1), new ChipGrant(12, 5) });
        var rng = new System.Random(11);
        for (var round = 0; round < 50; round++)
        {
            // The model: the servers of each kind in index order, the drawn one removed from its list.
            var whole = Enumerable.Range(0, book.ServerCount).Where(s => book.Free(s) == 8).ToList();
            var partly = Enumerable.Range(0, book.ServerCount).Where(s => book.Free(s) is > 0 and < 8).ToList();
            Assert.Equal((11, 4), (whole.Count, partly.Count));
            while (whole.Count + partly.Count > 0)
            {
                var fromWhole = whole.Count > 0 && (partly.Count == 0 || rng.Next(2) == 0);
                var list = fromWhole ? whole : partly;
                var rank = rng.Next(list.Count);
                Assert.Equal(list[rank], book.Draw(fromWhole, n => n == list.Count ? rank : throw new InvalidOperationException($"asked below {n}, {list.Count} left")));
                list.RemoveAt(rank);
            }
            Assert.Equal(-1, book.Draw(true, _ => 0));
            Assert.Equal(-1, book.Draw(false, _ => 0));
            book.PutBackDrawn();
        }
        Check(book);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(64, 2)]
    [InlineData(65, 4)]
    [InlineData(4096, 3)]
    [InlineData(10_000, 9)]
    public void Walking_a_range_of_levels_finds_what_a_scan_finds_across_words_summaries_and_removals(int n, int levels)
    {
        var tree = new LevelTree(n, levels);
        var level = new int[n];
        for (var i = 0; i < n; i++)
        {
            tree.Move(i, -1, 0);
        }
        var rng = new System.Random(5);
        for (var step = 0; step < 400; step++)
        {
            // Bursts of moves into and out of the rare levels leave long empty stretches, so the walk must use the summaries.
            for (var m = 0; m < 1 + rng.Next(Math.Min(n, 200)); m++)
            {
                var i = rng.Next(n);
                // Some leave the tree altogether (level −1) and come back later from outside it.
                var to = rng.Next(8) == 0 ? -1 : rng.Next(4) == 0 ? rng.Next(levels) : 0;
                tree.Move(i, level[i], to);
                level[i] = to;
            }
            var lo = rng.Next(levels);
            var hi = lo + rng.Next(levels - lo);
            var from = rng.Next(-1, n + 2);
            var expected = Enumerable.Range(Math.Max(from, 0), Math.Max(0, n - Math.Max(from, 0))).Where(i => level[i] >= lo && level[i] <= hi).DefaultIfEmpty(-1).First();
            Assert.Equal(expected, tree.Next(lo, hi, from));
            var members = Enumerable.Range(0, n).Where(i => level[i] >= lo && level[i] <= hi).ToList();
            Assert.Equal(members, new LevelRange(tree, lo, hi).InOrder());
            Assert.Equal(members.Count, tree.Count(lo, hi));
            foreach (var k in new[] { 0, members.Count / 3, members.Count / 2, members.Count - 1, rng.Next(Math.Max(1, members.Count)) }.Where(k => k >= 0 && k < members.Count))
            {
                Assert.Equal(members[k], tree.Nth(lo, hi, k));
            }
            Assert.Equal(-1, tree.Nth(lo, hi, members.Count));
        }
    }

    [Fact]
    public void Selecting_the_set_bit_of_a_rank_agrees_with_and_without_the_bit_deposit_instruction()
    {
        var rng = new System.Random(3);
        foreach (var word in new[] { 1UL, 1UL << 63, ulong.MaxValue, 0x8000_0000_0000_0001UL }.Concat(Enumerable.Range(0, 200).Select(_ => (ulong)rng.NextInt64() | 1UL)))
        {
            var bits = Enumerable.Range(0, 64).Where(b => (word >> b & 1) != 0).ToList();
            for (var rank = 0; rank < bits.Count; rank++)
            {
                Assert.Equal(bits[rank], LevelTree.Select(word, rank));
                Assert.Equal(bits[rank], LevelTree.SelectByClearing(word, rank));
            }
        }
    }
}
