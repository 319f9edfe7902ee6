using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Model.Workload;

namespace CenterSim.Tests.Reporting;

/// <summary>Small hand-made scenarios and runs whose result files can be checked cell by cell.</summary>
internal static class ReportingData
{
    public static ScenarioSpec Spec(string name = "east-hub", ulong seed = 42, bool jobsCsv = true)
    {
        var server = new ServerTypeSpec("a100x8", "A100", 8, 1500, 6500, "cuda", 1_200_000);
        return new ScenarioSpec(
            name,
            seed,
            3,
            new StopSpec(DurationSeconds: 10 * 3600, Jobs: null, WarmupSeconds: 0, WarmupJobs: 0),
            new Dictionary<string, ServerTypeSpec> { [server.Name] = server },
            new CenterSpec("hub", "east", 1.3, 0.6, new RackSpec(2, 4, server.Name, 100)),
            new[]
            {
                new TenantGroupSpec("labs", 2, TenantCategory.University, null,
                    new TrainingWorkloadSpec(0.5, new[] { 8, 16 }, Array.Empty<double>(), new FixedDistribution(64))),
            },
            new PoliciesSpec(PolicyChoice.Named("fifo"), PolicyChoice.Named("first-fit"), PolicyChoice.Named("fixed")),
            new OutputSpec(jobsCsv));
    }

    public static readonly string[] SeriesColumns = ["hour", "utilization", "it_power_kw"];

    /// <summary>
    /// Three replications. Replication 2 has one hour fewer than the others, so only hours 0..2 are
    /// common to all. Replication 1 has a rejected job (start and end NaN) and a tenant name with a comma.
    /// </summary>
    public static IReadOnlyList<RunResult> Runs()
    {
        return new[]
        {
            new RunResult(1, 1001,
                Metrics(0.71, 125_000.5, 2.25),
                new[]
                {
                    new JobRecord(10, "lab-a", TenantCategory.University, 16, 64, 0, 1800, 5 * 3600, 4096.25, JobStatus.Completed),
                    new JobRecord(11, "Key, Inc.", TenantCategory.KeyProject, 8, 12.5, 7200, double.NaN, double.NaN, 0, JobStatus.Rejected) { Reason = RefusalReason.Budget },
                },
                Series(4, hour => 0.5 + 0.1 * hour, hour => 40 + hour)),
            new RunResult(2, 1002,
                Metrics(0.75, 131_250.25, 2.5),
                new[]
                {
                    new JobRecord(20, "lab-b", TenantCategory.Startup, 8, 8, 3600, 3600, 2 * 3600, 512, JobStatus.Completed),
                },
                Series(3, hour => 0.6 + 0.1 * hour, hour => 42 + hour)),
            new RunResult(3, 1003,
                Metrics(0.68, 119_800, 3.0),
                new[]
                {
                    new JobRecord(30, "lab-a", TenantCategory.Sme, 16, 32, 0, 0, double.NaN, 100.5, JobStatus.Unfinished),
                },
                Series(4, hour => 0.4 + 0.1 * hour, hour => 38 + hour)),
        };
    }

    public static IReadOnlyList<Metric> Metrics(double utilization, double revenue, double wait) =>
        new[] { new Metric("utilization", utilization), new Metric("revenue_yuan", revenue), new Metric("mean_wait_h", wait) };

    public static TimeSeries Series(int hours, Func<int, double> utilization, Func<int, double> power) =>
        new(SeriesColumns,
            Enumerable.Range(0, hours).Select(h => new double[] { h, utilization(h), power(h) }).ToArray());

    /// <summary>A copy of <paramref name="run"/> with other metrics.</summary>
    public static RunResult WithMetrics(RunResult run, params Metric[] metrics) => run with { Metrics = metrics };
}
