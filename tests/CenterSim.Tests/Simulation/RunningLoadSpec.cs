using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Simulation;

/// <summary>The broker's incrementally kept load against the same sums made afresh over every job.</summary>
public class RunningLoadSpec
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Chip_seconds_left_match_a_fresh_sum_over_the_running_jobs_after_random_changes(int seed)
    {
        var random = new Random(seed);
        var load = new RunningLoad();
        var running = new Dictionary<long, (double End, int Chips)>();
        var now = 0.0;
        for (var step = 0; step < 5000; step++)
        {
            var op = random.Next(8);
            if (op < 3 || running.Count == 0)
            {
                var id = (long)step;
                var end = random.Next(20) == 0 ? double.PositiveInfinity : now + random.NextDouble() * 50_000;
                var chips = new[] { 1, 8, 16, 64, 256 }[random.Next(5)];
                running[id] = (end, chips);
                load.File(end, id, chips);
            }
            else if (op < 5)
            {
                var id = running.Keys.ElementAt(random.Next(running.Count));
                var (end, chips) = running[id];
                running.Remove(id);
                load.Unfile(end, id, chips); // stopped, or (with a File after it) slowed down
            }
            else
            {
                now += random.NextDouble() * 2_000;
            }
            var left = load.ChipSecondsLeft(now);
            var naive = running.Values.Sum(j => j.Chips * Math.Max(0, j.End - now));
            if (double.IsPositiveInfinity(naive))
            {
                Assert.Equal(double.PositiveInfinity, left);
                continue;
            }
            var fresh = new ExactSum();
            long chipsAhead = 0;
            foreach (var (end, chips) in running.Values.Where(j => j.End > now))
            {
                fresh.Add(end, chips);
                chipsAhead += chips;
            }
            Assert.Equal(fresh.Less(now, chipsAhead), left);
            Assert.Equal(naive, left, Math.Max(1e-6, naive * 1e-12));
        }
    }

    [Fact]
    public void Terms_taken_away_cancel_to_exactly_nothing_whatever_the_order()
    {
        var sum = new ExactSum();
        var values = new[] { 0.1, 1e7 / 3, 12345.678901, 7.0 / 9 };
        foreach (var v in values)
        {
            sum.Add(v, 256);
        }
        foreach (var v in values.Reverse())
        {
            sum.Subtract(v, 256);
        }
        Assert.Equal(0.0, sum.Value);
        sum.Add(2.5, 8);
        Assert.Equal(20.0, sum.Value);
        Assert.Equal(12.0, sum.Less(1, 8));
    }
}
