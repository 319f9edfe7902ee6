using CenterSim.Tests.Scenarios;

namespace CenterSim.Tests.Serving;

/// <summary>Bad serving keys are reported at their own line and column, every one at once.</summary>
public class ServingScenarioErrorTests
{
    private static IReadOnlyList<CenterSim.Scenarios.Diagnostic> Errors(string text)
    {
        var result = CenterSim.Scenarios.ScenarioLoader.Parse(text, Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "serving-test.yaml"));
        Assert.False(result.Ok);
        return result.Errors;
    }

    /// <summary>Line and column of <paramref name="fragment"/>, or of the text after <paramref name="after"/> on the line that has both.</summary>
    private static (int Line, int Column) At(string text, string fragment, string? after = null)
    {
        var lines = text.Split('\n');
        var key = after ?? fragment;
        var i = Array.FindIndex(lines, l => l.Contains(key, StringComparison.Ordinal));
        Assert.True(i >= 0, $"'{key}' not in the text");
        var column = lines[i].IndexOf(key, StringComparison.Ordinal) + 1;
        return (i + 1, after is null ? column : column + after.Length);
    }

    private static string Pos((int Line, int Column) at) => $"{at.Line}:{at.Column}: ";


    [Fact]
    public void Every_bad_key_is_reported_at_its_position()
    {
        var text = ServingTexts.Text()
            .Replace("max_batch: 8", "max_batch: 0")
            .Replace("[0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 1,", "[0.05, 0.05, 0.05, 0.05, 0.05, 1,")
            .Replace("slo: { ttft_s: 1, tpot_s: 0.05 }", "slo: { ttft_s: 1, tpot: 0.05 }")
            .Replace("interval: 2m, warmup: 3m }", "interval: 2m }");
        var errors = Errors(text).Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();
        Assert.Equal(new[]
        {
            Pos(At(text, "0", "max_batch: ")) + "'max_batch': must be >= 1, found 0",
            Pos(At(text, "[0.05, 0.05, 0.05, 0.05, 0.05, 1,")) + "'daily_profile': expected 24 hourly multipliers (hour 0 first), found 23",
            Pos(At(text, "{ ttft_s: 1, tpot: 0.05 }")) + "missing required key 'tpot_s' in serving.services.chat.slo",
            Pos(At(text, "tpot: 0.05")) + "unknown key 'tpot' in serving.services.chat.slo; did you mean 'tpot_s'?",
            Pos(At(text, "{ policy: { name: target-utilization")) + "missing required key 'warmup' in serving.services.chat.autoscaling (how long a new replica loads its weights, e.g. 2m)",
        }, errors);
    }

    [Fact]
    public void A_model_too_big_for_its_chips_and_an_unknown_chip_are_errors()
    {
        var big = ServingTexts.Text().Replace("parameters_billions: 70", "parameters_billions: 400");
        var e = Assert.Single(Errors(big));
        Assert.Equal(At(big, "8", "chips_per_replica: "), (e.Line, e.Column));
        Assert.Contains("800 GB of weights do not fit in 8 x 80 GB of HBM", e.Message);
        var unknown = ServingTexts.Text().Replace("chip: h100-sxm", "chip: mystery");
        var u = Assert.Single(Errors(unknown));
        Assert.Contains("the pool's chip 'mystery' has no figures", u.Message);
    }

    [Fact]
    public void Fixed_takes_replicas_and_a_scaling_policy_takes_bounds()
    {
        var text = ServingTexts.Text("harvest", "{ policy: fixed, replicas: 2, min_replicas: 1, warmup: 1m }");
        var e = Assert.Single(Errors(text));
        Assert.Equal(At(text, "min_replicas: 1"), (e.Line, e.Column));
        Assert.Equal("'min_replicas' goes with a scaling policy; 'fixed' keeps 'replicas'", e.Message);
        var unknown = ServingTexts.Text("harvst");
        var s = Assert.Single(Errors(unknown));
        Assert.Equal(At(unknown, "harvst"), (s.Line, s.Column));
        Assert.Contains("unknown chip sharing policy 'harvst'; did you mean 'harvest'?", s.Message);
    }

    [Fact]
    public void Serving_needs_a_duration()
    {
        var text = ServingTexts.Text().Replace("duration: 9h", "stop_after_jobs: 10");
        Assert.Contains(Errors(text), e => e.Message.StartsWith("inference services need 'duration'", StringComparison.Ordinal) && e.Line == At(text, "services:").Item1);
    }

    [Fact]
    public void A_partition_too_small_for_the_replicas_is_warned_at_the_sharing_policy()
    {
        var text = ServingTexts.Text("{ name: partition, serving_share: 0.25 }");
        var result = CenterSim.Scenarios.ScenarioLoader.Parse(text, Path.Combine(ScenarioTexts.RepositoryRoot(), "scenarios", "serving-test.yaml"));
        Assert.True(result.Ok);
        var w = Assert.Single(result.Warnings);
        Assert.Equal(At(text, "{ name: partition"), (w.Line, w.Column));
        Assert.Equal("warning: the partition holds 8 chips of pool 'dgx' for services, fewer than the 24 their replicas need at most; replicas beyond it wait for chips that never come", w.Message);
    }
}
