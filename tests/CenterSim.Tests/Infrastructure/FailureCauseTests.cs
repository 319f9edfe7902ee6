using CenterSim.Model.Infrastructure;
using CenterSim.Model.Theory;
using CenterSim.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Infrastructure;

/// <summary><c>infrastructure.failures.causes</c>, <c>observed</c> and <c>checkpoint_interval: optimal</c>.</summary>
public sealed class FailureCauseTests
{
    private const string Causes = """

        infrastructure:
          failures:
            observed: { chips: 16384, servers: 2048, duration: 54d }
            causes:
              faulty_gpu: { per: chip, count: 148, repair: 3d }
              software: { per: server, count: 54, repair: 0s }
              fan: { per: server, mtbf: 100000h, repair: 4h }
            checkpoint_interval: optimal
            checkpoint_write: 30s
            restart: 5m
        """;

    private const double Day = 86400;

    [Fact]
    public void A_count_over_its_exposure_is_a_rate_per_chip_or_per_server()
    {
        var f = Load(Minimal + Causes).Infrastructure.Failures!;
        Assert.Equal(new[] { "faulty_gpu", "software", "fan" }, f.Causes.Select(c => c.Name));
        // 148 faulty GPUs over 16,384 GPUs x 54 days: one GPU fails every 16,384 x 54 d / 148 = 5,978 d.
        Assert.Equal(16384 * 54 * Day / 148, f.Causes[0].MtbfSeconds, 6);
        Assert.Equal(FailureUnit.Chip, f.Causes[0].Per);
        Assert.Equal(3 * Day, f.Causes[0].RepairSeconds);
        // 54 software crashes over 2,048 hosts x 54 days: one host every 2,048 d.
        Assert.Equal(2048 * Day, f.Causes[1].MtbfSeconds, 6);
        Assert.Equal((FailureUnit.Server, 0.0), (f.Causes[1].Per, f.Causes[1].RepairSeconds));
        Assert.Equal(100000 * 3600.0, f.Causes[2].MtbfSeconds);
        Assert.True(f.OptimalInterval);
        Assert.Equal(double.PositiveInfinity, FailureCause.MtbfFromCount(0, 16384, 54 * Day));
    }

    [Fact]
    public void The_published_llama3_counts_give_its_419_interruptions_in_54_days()
    {
        var load = ScenarioLoader.LoadFile(Path.Combine(RepositoryRoot(), "scenarios", "validation", "llama3-405b-failures.yaml"));
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var f = load.Spec!.Infrastructure.Failures!;
        // The whole gang of 16,384 GPUs on 2,048 hosts fails at 419 per 54 days: an MTBF of 3.09 h.
        Assert.Equal(419, f.JobRate(16384, 8) * 54 * Day, 9);
        Assert.Equal(54 * 24.0 / 419, 1 / f.JobRate(16384, 8) / 3600, 9);
        Assert.Equal(148 + 72 + 19 + 17, f.Causes.Where(c => c.Per == FailureUnit.Chip).Sum(c => c.Rate * 16384 * 54 * Day), 9);
    }

    [Fact]
    public void The_optimal_interval_is_sqrt_of_2_write_mtbf_of_the_jobs_own_gang()
    {
        // Write 60 s, MTBF 24 h: sqrt(2 x 60 x 86,400) = 3,219.94 s.
        Assert.Equal(3219.937888, YoungDaly.OptimalInterval(60, Day), 5);
        Assert.Equal(60 / 3219.937888 + 3219.937888 / (2 * Day) + 120 / Day, YoungDaly.FirstOrderLostFraction(3219.937888, 60, 120, Day), 12);
        var f = Load(Minimal + Causes).Infrastructure.Failures!;
        // A 16-chip job on 4-chip boxes spans 4 of them: 4 x (4 x per-chip rate + per-server rates).
        var rate = 4 * (4 * 148 / (16384 * 54 * Day) + 54 / (2048 * 54 * Day) + 1 / (100000 * 3600.0));
        Assert.Equal(rate, f.JobRate(16, 4), 15);
        Assert.Equal(Math.Sqrt(2 * 30 / rate), f.IntervalFor(16, 4), 6);
        // A job smaller than a box dies with any failure of its box.
        Assert.Equal(f.JobRate(4, 4), f.JobRate(1, 4));
    }

    [Fact]
    public void Bad_causes_give_every_error_at_its_place()
    {
        var text = Minimal + Causes
            .With("per: chip, count: 148", "per: gpu, count: -3")
            .With("per: server, count: 54, repair: 0s", "per: server, count: 54, mtbf: 10h, repair: 0s")
            .With("fan: {", "Fan!: {");
        Exactly(text,
            (PositionOf(text, "gpu,"), "'per': expected chip or server, found 'gpu'"),
            (PositionOf(text, "-3"), "'count': must be >= 0, found -3"),
            (PositionOf(text, "{ per: server, count"), "cause 'software': give exactly one of 'mtbf' (mean time between failures of one server) and 'count' (failures seen over 'observed')"),
            (PositionOf(text, "Fan!"), "cause name 'Fan!' may use only a-z, 0-9, '_' and '-' (it names the metric interruptions.Fan!)"));
    }

    [Fact]
    public void A_count_needs_its_exposure_and_the_plain_keys_do_not_mix_with_causes()
    {
        var bare = Minimal + Causes.With("    observed: { chips: 16384, servers: 2048, duration: 54d }\n", "");
        Exactly(bare,
            (PositionOf(bare, "148"), "'count' needs 'observed' beside 'causes': the chips or servers and the duration the failures were counted over"),
            (PositionOf(bare, "54,"), "'count' needs 'observed' beside 'causes': the chips or servers and the duration the failures were counted over"));

        var noChips = Minimal + Causes.With("chips: 16384, ", "");
        Single(noChips, PositionOf(noChips, "148"), "a 'count' per chip needs 'observed.chips': how many chips the failures were counted over");

        var mixed = Minimal + Causes.With("    causes:", "    chip_mtbf: 5000h\n    causes:");
        Single(mixed, PositionOf(mixed, "chip_mtbf"), "'chip_mtbf' belongs to the plain form; with 'causes' give every failure as a cause");

        var stray = Minimal + Causes.With("count: 148", "mtbf: 9000h").With("count: 54", "mtbf: 9000h");
        Single(stray, PositionOf(stray, "{ chips"), "'observed' is the exposure of causes given by 'count', and no cause here has one");

        var unused = ScenarioLoader.Parse(Minimal + Causes.With("count: 54", "mtbf: 9000h"), FileName);
        Assert.True(unused.Ok);
        Assert.Contains(unused.Warnings, w => w.Message.Contains("'observed.servers' is read by no cause", StringComparison.Ordinal));
    }

    [Fact]
    public void Optimal_needs_a_cause_that_fails_and_a_write_that_costs_time()
    {
        var none = Minimal + Causes.With("count: 148", "count: 0").With("count: 54", "count: 0").With("mtbf: 100000h", "count: 0");
        Single(none, PositionOf(none, "optimal"), "'checkpoint_interval: optimal' needs failures: no cause here can fail");

        var free = Minimal + Causes.With("checkpoint_write: 30s", "checkpoint_write: 0s");
        Single(free, PositionOf(free, "0s", after: "checkpoint_write"), "'checkpoint_interval: optimal' needs 'checkpoint_write' > 0");

        var typo = Minimal + Causes.With("optimal", "optimum");
        Single(typo, PositionOf(typo, "optimum"), "'checkpoint_interval': expected a duration such as '2h' or 'optimal', found 'optimum'");
    }

    [Fact]
    public void Bad_exposures_are_errors_at_their_values()
    {
        var text = Minimal + Causes.With("chips: 16384", "chips: 0").With("duration: 54d", "duration: 54");
        Exactly(text,
            (PositionOf(text, "0, servers"), "'chips': must be >= 1, found 0"),
            (PositionOf(text, "54 }"), "'duration': duration '54' needs a unit (s, m, h, d or w), e.g. '54d' or '54h'"));
    }

    [Fact]
    public void An_optimal_interval_no_longer_than_the_write_is_an_error()
    {
        // One-chip jobs on a box that fails every 15 minutes: tau* = sqrt(2 x 1800 s x 900 s) = 1800 s, no longer than the 30-minute write.
        var text = Minimal + Causes.With("fan: { per: server, mtbf: 100000h, repair: 4h }", "fan: { per: server, mtbf: 15m, repair: 4h }")
            .With("count: 148", "count: 0").With("count: 54", "count: 0").With("checkpoint_write: 30s", "checkpoint_write: 30m");
        Single(text, PositionOf(text, "30m"), "'checkpoint_write' (1,800 s) is at least the optimal interval sqrt(2 x write x MTBF) = 1,800 s of a job of 1 chips");
    }
}
