using CenterSim.Cli;
using CenterSim.Cli.Studies;
using CenterSim.Model.Experiments;
using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Reporting;
using CenterSim.Simulation.Runner;
using CenterSim.Tests.Scenarios;
using static CenterSim.Tests.Scenarios.ScenarioTexts;

namespace CenterSim.Tests.Reporting;

/// <summary><c>jobs_csv: sample:N</c> / <c>--jobs-csv sample:N</c> writes N jobs per replication, spread over the run, and keeps only those.</summary>
public sealed class JobsCsvSampleTests
{
    [Fact]
    public void A_systematic_sample_takes_every_n_over_k_th_job()
    {
        var jobs = Enumerable.Range(0, 10).Select(i => new JobRecord(i, "t", TenantCategory.Startup, 1, 1, i, i, i + 1, 1, JobStatus.Completed)).ToList();
        // floor(i x 10 / 4) for i = 0..3.
        Assert.Equal([0, 2, 5, 7], JobSample.Of(jobs, 4).Select(j => j.Id));
        Assert.Same(jobs, JobSample.Of(jobs, 10));
    }

    [Fact]
    public void The_scenario_key_takes_all_none_or_a_sample()
    {
        Assert.Equal(new OutputSpec(true) { JobsCsvSample = 3 }, ScenarioAssert.Load(Full.With("jobs_csv: false", "jobs_csv: sample:3")).Output);
        Assert.Equal(new OutputSpec(false), ScenarioAssert.Load(Full.With("jobs_csv: false", "jobs_csv: none")).Output);
        Assert.Equal(new OutputSpec(true), ScenarioAssert.Load(Full.With("jobs_csv: false", "jobs_csv: all")).Output);
        var zero = Full.With("jobs_csv: false", "jobs_csv: sample:0");
        ScenarioAssert.Single(zero, PositionOf(zero, "sample:0"), "'jobs_csv': expected true/all, false/none or sample:N");
    }

    [Fact]
    public void A_sampled_run_keeps_and_writes_n_jobs_per_replication()
    {
        var path = Path.Combine(Path.GetTempPath(), $"centersim-sample-{Guid.NewGuid():N}.yaml");
        using var dir = new TempFolder();
        try
        {
            // 2 weeks of 3 x 0.25 + 2 = 2.75 jobs an hour: about 900 jobs per replication, of which 5 are kept.
            File.WriteAllText(path, Full.With("replications: 4", "replications: 2"));
            var study = StudyCommandRunner.Load(path, StudyKind.Variants, null, null, null, "sample:5");
            var runs = BatchRunner.Run([study.Reference.Spec], 0, 2, 1)[0];
            Assert.All(runs, r => Assert.Equal(5, r.Jobs.Count));
            Assert.True(runs[0].Jobs[^1].Submit > 7 * 86400, "the sample reaches the second week");
            ResultsWriter.Write(study.Reference.Spec, runs, dir.Path);
            Assert.Equal(1 + 2 * 5, File.ReadAllLines(dir["jobs.csv"]).Length);

            Assert.Equal("--jobs-csv 'some': expected true/all, false/none or sample:N (N jobs per replication, 1 to 10000000)",
                Assert.Single(Assert.Throws<BadInputException>(() => StudyCommandRunner.Load(path, StudyKind.Variants, null, null, null, "some")).Messages));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
