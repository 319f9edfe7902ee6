using CenterSim.Model.Theory;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using MathNet.Numerics.Distributions;

namespace CenterSim.Tests.Serving;

/// <summary>
/// Replicas batching one request at a time from one queue are servers of an M/G/c queue; with output tokens an
/// exponential draw rounded up and every step 1 ms (scenarios/validation/serving-mmc.yaml), service times are
/// geometric with p = 1 - exp(-1/200), squared CV 0.995, so the mean wait agrees with Erlang C.
/// </summary>
public class ServingErlangCSpec
{
    [Fact]
    public void Batch_of_one_replicas_wait_as_erlang_c_says()
    {
        var path = Path.Combine(Scenarios.ScenarioTexts.RepositoryRoot(), "scenarios", "validation", "serving-mmc.yaml");
        var result = ScenarioLoader.LoadFile(path, new[] { KeyValuePair.Create("replications", "6"), KeyValuePair.Create("duration", "2h") });
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var runs = StudyRunner.Run(result.Spec!, threads: 2);
        var waits = runs.Select(r => r["serving_mean_wait_s"]).ToArray();
        var mean = waits.Average();
        var sd = Math.Sqrt(waits.Sum(w => (w - mean) * (w - mean)) / (waits.Length - 1));
        var half = StudentT.InvCDF(0, 1, waits.Length - 1, 0.995) * sd / Math.Sqrt(waits.Length);
        // Mean service 1 ms / (1 - exp(-1/200)) = 0.200500 s; 15.960067 requests/s on 4 replicas is load 0.8; Wq = 0.149481 s.
        var theory = ErlangC.MeanWait(4, 15.960066583416577, 1 / (1e-3 / (1 - Math.Exp(-1 / 200.0))));
        Assert.Equal(0.149481, theory, 6);
        Assert.InRange(theory, mean - half, mean + half);
        Assert.True(half < 0.1 * theory, $"99% half-width {half} is too wide for mean {mean}");
        // The replicas' first token is the prefill's, after 1 ms: TPOT of every request is one 1 ms step.
        Assert.All(runs, r => Assert.Equal(0.001, r["serving_tpot_p50_s"], 6));
    }
}
