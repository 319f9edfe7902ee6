using System.Globalization;
using CenterSim.Model.Results;
using CenterSim.Model.Theory;
using CenterSim.Reporting.Statistics;
using CenterSim.Scenarios.Sections;
using CenterSim.Simulation.Runner;

namespace CenterSim.Cli.Validation;

/// <summary>
/// Failures and checkpoints: Llama 3 405B pre-training's interruptions and effective training time
/// (Meta, 2024) beside the simulated ones, and the simulated lost share of time beside the first-order
/// Young/Daly expression at several checkpoint intervals.
/// </summary>
public sealed class FailureValidation(string scenarios, int threads, Action<string> log, List<ValidationRow> rows)
{
    private const string Meta = "Meta, The Llama 3 Herd of Models (2024), 3.3.4";

    /// <summary>The paper's unexpected interruptions by cause; 'other' is the rest of the 419.</summary>
    private static readonly (string Cause, int Count)[] PublishedCauses =
    {
        ("faulty_gpu", 148), ("gpu_hbm3", 72), ("software", 54), ("network", 35), ("host_maintenance", 32),
        ("gpu_sram", 19), ("gpu_system_processor", 17), ("other", 42),
    };

    private static readonly double[] Multiples = { 0.5, 1, 2, 4 };

    public void Run()
    {
        Llama3();
        YoungDalyIntervals();
    }

    private void Llama3()
    {
        var path = Path.Combine(scenarios, "validation", "llama3-405b-failures.yaml");
        log($"Llama 3 405B failures: {path}");
        var spec = ScenarioInput.Load(path);
        var runs = StudyRunner.Run(spec, threads);
        var f = spec.Infrastructure.Failures!;
        var job = spec.Trace!.Jobs[0];
        var perServer = spec.Hardware[spec.Center.Pools[0].Racks.ServerType].ChipsPerServer;
        var mtbf = 1 / f.JobRate(job.Chips, perServer);
        var interval = f.IntervalFor(job.Chips, perServer);
        var interruptions = Estimate(runs, "job_interruptions");
        var byCause = string.Join(", ", PublishedCauses.Select(c => $"{c.Cause} {runs.Average(r => r["interruptions." + c.Cause]):F1} ({c.Count})"));
        rows.Add(new ValidationRow($"Llama 3 405B, 16,384 GPUs for 54 days ({Path.GetFileName(path)})", "unexpected interruptions", interruptions.Mean, PublishedCauses.Sum(c => c.Count), Meta,
            $"{Interval(interruptions, "F1")}, published {Inside(interruptions, PublishedCauses.Sum(c => c.Count))}; {runs.Count} replications; a random count (Poisson, sd about {Math.Sqrt(interruptions.Mean):F0}); by cause, simulated (published): {byCause}"));
        var ettr = Estimate(runs, "effective_training_time");
        var theory = 1 - YoungDaly.FirstOrderLostFraction(interval, f.CheckpointWriteSeconds, f.RestartSeconds, mtbf);
        rows.Add(new ValidationRow($"Llama 3 405B, 16,384 GPUs for 54 days ({Path.GetFileName(path)})", "effective training time (share)", ettr.Mean, 0.90, Meta + ": \"more than 90%\"",
            $"{Interval(ettr, "F4")}; useful work / elapsed time of the job; job MTBF {mtbf / 3600:F2} h, assumed write {f.CheckpointWriteSeconds:F0} s and restart {f.RestartSeconds / 60:F0} min, optimal interval {interval / 60:F1} min; "
            + $"first order 1 - sqrt(2 write / M) - restart / M = {theory:F4}, so the share rests on the assumed write and restart times; Meta's 47 planned interruptions and throughput dips are not modelled"));
    }

    /// <summary>Lost share of time = 1 − effective training time, at multiples of the optimal interval and with <c>optimal</c> itself.</summary>
    private void YoungDalyIntervals()
    {
        var path = Path.Combine(scenarios, "validation", "young-daly.yaml");
        var baseSpec = ScenarioInput.Load(path);
        var f = baseSpec.Infrastructure.Failures!;
        var job = baseSpec.Trace!.Jobs[0];
        var perServer = baseSpec.Hardware[baseSpec.Center.Pools[0].Racks.ServerType].ChipsPerServer;
        var mtbf = 1 / f.JobRate(job.Chips, perServer);
        var (write, restart) = (f.CheckpointWriteSeconds, f.RestartSeconds);
        var optimum = YoungDaly.OptimalInterval(write, mtbf);
        var settings = Multiples.Select(k => (Label: $"{k.ToString(CultureInfo.InvariantCulture)} tau*", Value: $"{Math.Round(k * optimum, 3).ToString(CultureInfo.InvariantCulture)}s"))
            .Append((Label: "optimal", Value: FailureSection.Optimal));
        foreach (var (label, value) in settings)
        {
            log($"Young/Daly: {path}, checkpoint_interval {value}");
            var spec = value == FailureSection.Optimal ? baseSpec : ScenarioInput.Load(path, new[] { KeyValuePair.Create("infrastructure.failures.checkpoint_interval", value) });
            var tau = spec.Infrastructure.Failures!.IntervalFor(job.Chips, perServer);
            var runs = StudyRunner.Run(spec, threads);
            var lost = ConfidenceInterval.OfMean(runs.Select(r => 1 - r["effective_training_time"]).ToList());
            var first = YoungDaly.FirstOrderLostFraction(tau, write, restart, mtbf);
            var exact = YoungDaly.ExactLostFraction(tau, write, restart, mtbf);
            rows.Add(new ValidationRow($"Young/Daly, interval {label} = {tau:F0} s ({Path.GetFileName(path)})", "lost share of time", lost.Mean, first,
                "first order: write/tau + tau/(2M) + R/M",
                $"{Interval(lost, "F5")}; M = {mtbf / 3600:F0} h, write {write:F0} s, restart {restart:F0} s, tau* = sqrt(2 write M) = {optimum:F0} s; exact for Poisson failures (Daly 2006) {exact:F5}, {Inside(lost, exact)}; "
                + $"{runs.Count} replications of {spec.Stop.DurationSeconds / 86400:F0} d x {spec.Trace!.Jobs.Count} jobs, {runs.Average(r => r["job_interruptions"]):N0} interruptions per replication"));
        }
    }

    private static Estimate Estimate(IReadOnlyList<RunResult> runs, string metric) =>
        ConfidenceInterval.OfMean(runs.Select(r => r[metric]).ToList());

    private static string Inside(Estimate e, double value) =>
        e.Interval is { } ci ? (value >= ci.Lower && value <= ci.Upper ? "inside the interval" : "OUTSIDE the interval") : "no interval";

    private static string Interval(Estimate e, string format) =>
        e.Interval is { } ci ? $"95% interval [{ci.Lower.ToString(format, CultureInfo.InvariantCulture)}, {ci.Upper.ToString(format, CultureInfo.InvariantCulture)}]" : "one replication";
}
