using CenterSim.Model.Theory;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Support;
using MathNet.Numerics.Distributions;

namespace CenterSim.Tests.Simulation;

public class ErlangCSpec
{
    [Fact]
    public void Formula_matches_published_values()
    {
        // M/M/1: Wq = ρ / (μ − λ) = 0.5 / 0.5 = 1 hour.
        Assert.Equal(1.0, ErlangC.MeanWait(1, 0.5, 1.0), 12);
        // M/M/2 with a = 1: C = 1/3, Wq = (1/3) / (2 − 1) (hand computation from the formula).
        Assert.Equal(1.0 / 3.0, ErlangC.MeanWait(2, 1.0, 1.0), 12);
        // The foundation's validation target: c = 64, λ = 57.6/h, μ = 1/h.
        Assert.Equal(0.048541, ErlangC.MeanWait(64, 57.6, 1.0), 6);
    }

    [Theory]
    [InlineData(1, 1, 0.5, 1.0)]
    [InlineData(1, 8, 6.4, 1.0)]
    [InlineData(2, 8, 11.2, 1.0)]
    [InlineData(8, 8, 57.6, 1.0)]
    public void Engine_mean_wait_agrees_with_erlang_c(int servers, int chipsPerServer, double lambda, double mu)
    {
        var c = servers * chipsPerServer;
        var spec = Specs.Mmc(servers, chipsPerServer, lambda, 1.0 / mu, jobs: 60_000, warmupJobs: 5_000, replications: 6);
        var runs = StudyRunner.Run(spec, threads: 2);
        var waits = runs.Select(r => r["mean_wait_hours"]).ToArray();
        var mean = waits.Average();
        var sd = Math.Sqrt(waits.Sum(w => (w - mean) * (w - mean)) / (waits.Length - 1));
        var half = StudentT.InvCDF(0, 1, waits.Length - 1, 0.995) * sd / Math.Sqrt(waits.Length);
        var theory = ErlangC.MeanWait(c, lambda, mu);
        Assert.InRange(theory, mean - half, mean + half);
        Assert.True(half < 0.25 * theory, $"99% half-width {half} is too wide for mean {mean}");
    }

    [Fact]
    public void Utilization_equals_offered_load_per_chip()
    {
        // Little's law on the servers: mean busy chips = λ × mean work = a, so utilization = a / c.
        var runs = StudyRunner.Run(Specs.Mmc(2, 8, 11.2, 1.0, jobs: 60_000, warmupJobs: 5_000, replications: 4), threads: 2);
        var u = runs.Average(r => r["utilization"]);
        Assert.Equal(11.2 / 16, u, 2);
    }
}
