using static CenterSim.Tests.Scenarios.ScenarioAssert;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Infrastructure;

/// <summary><c>infrastructure.failures.checkpoint_write</c> and <c>restart</c>: required, durations, the write shorter than the interval.</summary>
public sealed class FailureTimesTests
{
    private const string Failures = """

        infrastructure:
          failures:
            server_mtbf: 2000h
            chip_repair: 4h
            server_repair: 24h
            checkpoint_interval: 2h
            checkpoint_write: 90s
            restart: 0.25h
        """;

    [Fact]
    public void Checkpoint_write_and_restart_are_read_in_seconds()
    {
        var failures = Load(Minimal + Failures).Infrastructure.Failures!;
        Assert.Equal(2 * 3600, failures.CheckpointIntervalSeconds);
        Assert.Equal(90, failures.CheckpointWriteSeconds);
        Assert.Equal(900, failures.RestartSeconds);

        var free = Load(Minimal + Failures.With("90s", "0s").With("0.25h", "0m")).Infrastructure.Failures!;
        Assert.Equal((0.0, 0.0), (free.CheckpointWriteSeconds, free.RestartSeconds));
    }

    [Fact]
    public void Both_are_required_with_a_failures_section()
    {
        var text = Minimal + Failures.With("    checkpoint_write: 90s\n", "").With("\n    restart: 0.25h", "");
        Exactly(text,
            (PositionOf(text, "server_mtbf"), "missing required key 'checkpoint_write' in infrastructure.failures"),
            (PositionOf(text, "server_mtbf"), "missing required key 'restart' in infrastructure.failures"));
    }

    [Fact]
    public void Bad_durations_and_a_write_as_long_as_the_interval_are_errors()
    {
        var bare = Minimal + Failures.With("restart: 0.25h", "restart: 600");
        Single(bare, PositionOf(bare, "600"), "'restart': duration '600' needs a unit");

        var negative = Minimal + Failures.With("checkpoint_write: 90s", "checkpoint_write: -1m");
        Exactly(negative, (PositionOf(negative, "-1m"), "'checkpoint_write': must be >= 0, found -1m"));

        var slow = Minimal + Failures.With("checkpoint_write: 90s", "checkpoint_write: 120m");
        Exactly(slow, (PositionOf(slow, "120m"),
            "'checkpoint_write' (120m) must be shorter than 'checkpoint_interval' (2h): a job would spend more time writing checkpoints than working"));
    }
}
