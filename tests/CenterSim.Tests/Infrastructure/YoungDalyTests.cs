using CenterSim.Model.Infrastructure;
using CenterSim.Model.Theory;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Scheduling;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Infrastructure;

/// <summary>Simulated lost time against Young/Daly theory, and the Llama 3 scenario's interruptions against Meta's count.</summary>
public sealed class YoungDalyTests
{
    private static string Validation(string file) => Path.Combine(RepositoryRoot(), "scenarios", "validation", file);

    private static Model.Scenario.ScenarioSpec Load(string file, params (string Key, string Value)[] overrides)
    {
        var load = ScenarioLoader.LoadFile(Validation(file), overrides.Select(o => KeyValuePair.Create(o.Key, o.Value)).ToList());
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        return load.Spec!;
    }

    [Fact]
    public void Useful_work_leaves_out_the_writes_finished_or_begun()
    {
        // Interval 1 h, write 6 min: a cycle is 1.1 h.
        var model = new CheckpointModel(FailureSpec.ChipAndServer(null, 1e6, 0, 0, 3600) with { CheckpointWriteSeconds = 360 });
        Assert.Equal(0.5 * 3600, model.UsefulWork(0.5 * 3600, 3600), 9);
        Assert.Equal(3600, model.UsefulWork(1.05 * 3600, 3600), 9);
        Assert.Equal(2.3 * 3600, model.UsefulWork(2.5 * 3600, 3600), 9);
        Assert.Equal(1.3 * 3600, new CheckpointModel(null).UsefulWork(1.3 * 3600, double.PositiveInfinity), 9);
    }

    /// <summary>
    /// 16 one-host jobs, host MTBF M = 24 h, write 60 s, restart 120 s, no repair wait, a year of four
    /// replications: about 23,000 failures per interval. The first-order expression leaves out
    /// higher-order terms: the exact Poisson result (Daly 2006) is below it by 3.0% at 0.5 tau*, 1.3% at
    /// tau* and 2 tau*, 2.5% at 4 tau*; the simulated share's standard error is about 0.5-0.8%. So it
    /// must be within 5% of the first-order value, within 2% of the exact one, and least at tau*.
    /// </summary>
    [Fact]
    public void Lost_time_follows_young_daly_at_several_intervals()
    {
        const double mtbf = 24 * 3600.0, write = 60, restart = 120;
        var optimum = YoungDaly.OptimalInterval(write, mtbf);
        var lost = new Dictionary<double, double>();
        foreach (var k in new[] { 0.5, 1, 2, 4 })
        {
            var tau = k * optimum;
            var spec = Load("young-daly.yaml", ("infrastructure.failures.checkpoint_interval", $"{tau:R}s"));
            var runs = StudyRunner.Run(spec, threads: 2);
            lost[k] = runs.Average(r => 1 - r["effective_training_time"]);
            var first = YoungDaly.FirstOrderLostFraction(tau, write, restart, mtbf);
            var exact = YoungDaly.ExactLostFraction(tau, write, restart, mtbf);
            Assert.True(Math.Abs(lost[k] / first - 1) < 0.05, $"{k} tau*: simulated {lost[k]:F5}, first order {first:F5}");
            Assert.True(Math.Abs(lost[k] / exact - 1) < 0.02, $"{k} tau*: simulated {lost[k]:F5}, exact {exact:F5}");
            // About 16 jobs x 365 failures a year each, every one an interruption (each host holds one job).
            Assert.All(runs, r => Assert.InRange(r["job_interruptions"], 16 * 365 * 0.9, 16 * 365 * 1.1));
            Assert.All(runs, r => Assert.Equal(r["server_failures"], r["job_interruptions"]));
        }
        Assert.Equal(lost[1], lost.Values.Min());
    }

    [Fact]
    public void Optimal_checkpoints_at_sqrt_of_2_write_mtbf_of_each_job()
    {
        var spec = Load("young-daly.yaml");
        Assert.True(spec.Infrastructure.Failures!.OptimalInterval);
        Assert.Equal(Math.Sqrt(2 * 60 * 24 * 3600.0), spec.Infrastructure.Failures.IntervalFor(8, 8), 9);
        var optimal = StudyRunner.Run(spec with { Replications = 1 }, threads: 1)[0];
        var fixedAtOptimum = StudyRunner.Run(Load("young-daly.yaml", ("infrastructure.failures.checkpoint_interval", $"{Math.Sqrt(2 * 60 * 24 * 3600.0):R}s")) with { Replications = 1 }, threads: 1)[0];
        Assert.Equal(fixedAtOptimum["effective_training_time"], optimal["effective_training_time"], 12);
    }

    /// <summary>
    /// One replication of the Llama 3 405B scenario: the count is Poisson of mean 419 (sd 20.5), less
    /// the few failures that strike while the job is between hosts; 4 sd either side. The effective
    /// training time is first-order 1 − sqrt(2 x 30 s / M) − 300 s / M = 0.900 for M = 3.09 h.
    /// </summary>
    [Fact]
    public void Llama3_scale_job_has_about_419_interruptions_and_90_percent_effective_time()
    {
        var r = StudyRunner.Run(Load("llama3-405b-failures.yaml") with { Replications = 1 }, threads: 1)[0];
        Assert.InRange(r["job_interruptions"], 419 - 82, 419 + 82);
        var causes = new[] { "faulty_gpu", "gpu_hbm3", "gpu_sram", "gpu_system_processor", "software", "network", "host_maintenance", "other" };
        Assert.Equal(r["job_interruptions"], causes.Sum(c => r["interruptions." + c]));
        Assert.InRange(r["effective_training_time"], 0.89, 0.915);
        Assert.Equal(1, r["jobs_unfinished"]);
    }
}
