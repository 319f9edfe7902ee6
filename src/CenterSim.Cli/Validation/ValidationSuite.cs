using CenterSim.Model.Results;
using CenterSim.Model.Theory;
using CenterSim.Policies;
using CenterSim.Reporting.Statistics;
using CenterSim.Simulation.Metrics;
using CenterSim.Simulation.Runner;
using CenterSim.Traces.Readers;
using CenterSim.Traces.Validation;

namespace CenterSim.Cli.Validation;

/// <summary>
/// Every comparison of CenterSim with numbers nobody on the project wrote: queueing theory, the FGD
/// paper's GPU allocation on Alibaba's trace, and Philly's published job statistics; processor sharing on a
/// wide-area link.
/// </summary>
public sealed class ValidationSuite(string scenarios, string? data, int threads, Action<string> log)
{
    public List<ValidationRow> Rows { get; } = new();

    public List<string> Skipped { get; } = new();

    public void Run()
    {
        ErlangC();
        ProcessorSharing();
        new FailureValidation(scenarios, threads, log, Rows).Run();
        new ServingValidation(scenarios, data, threads, log).AddTo(Rows, Skipped);
        if (data is null)
        {
            Skipped.Add("FGD allocation and Philly replay: no shared/data folder beside the repository (give --data DIR)");
            return;
        }
        Fgd();
        Philly();
    }

    private void ErlangC()
    {
        var path = Path.Combine(scenarios, "validation", "mmc-64.yaml");
        log($"Erlang C: {path}");
        var spec = ScenarioInput.Load(path);
        var runs = StudyRunner.Run(spec, threads);
        var estimate = ConfidenceInterval.OfMean(runs.Select(r => r["mean_wait_hours"]).ToList());
        var theory = Model.Theory.ErlangC.MeanWait(64, 57.6, 1.0);
        var ci = estimate.Interval!.Value;
        var inside = theory >= ci.Lower && theory <= ci.Upper;
        Rows.Add(new ValidationRow("M/M/64 at load 0.9 (mmc-64.yaml)", "mean wait (h)", estimate.Mean, theory, "Erlang C formula",
            $"95% interval [{ci.Lower:F6}, {ci.Upper:F6}], half-width {100 * ci.HalfWidth / estimate.Mean:F1}% of the mean; theory {(inside ? "inside" : "OUTSIDE")} the interval; {spec.Replications} replications of {spec.Stop.Jobs:N0} jobs"));
    }

    /// <summary>One wide-area link shared max-min fairly by Poisson transfers is M/G/1 processor sharing: W = E[S] / (1 − ρ).</summary>
    private void ProcessorSharing()
    {
        var path = Path.Combine(scenarios, "validation", "wan-processor-sharing.yaml");
        log($"Processor sharing: {path}");
        var spec = ScenarioInput.Load(path);
        var link = spec.Network!.Links[0];
        var arrivalsPerSecond = spec.Tenants.Sum(t => t.Count * t.Training.ArrivalsPerHour) / 3600;
        var service = spec.Tenants[0].Training.InputGb!.Mean * 8 / link.Gbps;
        var load = arrivalsPerSecond * service;
        var runs = StudyRunner.Run(spec, threads);
        var estimate = ConfidenceInterval.OfMean(runs.Select(r => r["mean_transfer_hours"] * 3600).ToList());
        var theory = service / (1 - load) + link.LatencyMs / 1000;
        var ci = estimate.Interval!.Value;
        var inside = theory >= ci.Lower && theory <= ci.Upper;
        var busy = runs.Average(r => r[$"wan.{link.From}>{link.To}.busy_share"]);
        Rows.Add(new ValidationRow($"one WAN link, Poisson transfers at load {load:F2} (wan-processor-sharing.yaml)", "mean transfer time (s)", estimate.Mean, theory,
            "M/G/1 processor sharing: E[S] / (1 - load)",
            $"95% interval [{ci.Lower:F1}, {ci.Upper:F1}]; theory {(inside ? "inside" : "OUTSIDE")} the interval; link busy {busy:F4} of the time (theory {load:F2}); {spec.Replications} replications of {(spec.Stop.DurationSeconds - spec.Stop.WarmupSeconds) / 3600:F0} h"));
    }

    private void Fgd()
    {
        var dir = Path.Combine(data!, "alibaba-gpu-v2023-openb");
        var nodes = OpenbNodeListReader.Read(Path.Combine(dir, "openb_node_list_gpu_node.csv"));
        var pods = OpenbPodListReader.Read(Path.Combine(dir, "openb_pod_list_default.csv"));
        if (!nodes.Ok || !pods.Ok)
        {
            Skipped.Add("FGD allocation: the openb files are missing or malformed");
            return;
        }
        log("FGD: 6 placement policies × 10 seeds on openb_pod_list_default.csv");
        var result = TraceValidation.Run(nodes.Rows, pods.Rows, new TraceValidationOptions(Seeds: 10, MaxParallelism: threads));
        foreach (var row in result.Rows)
        {
            Rows.Add(new ValidationRow($"FGD inflation, {row.Policy}", "GPU allocation at 100% arrived load (%)", row.AllocationPctAt100,
                row.PublishedAllocationPct, "Weng et al., ATC'23 (median of 10 seeds)", "median of seeds 42–51; target: within 1.5 points"));
        }
    }

    private void Philly()
    {
        var published = PublishedJobStatistics.Read(Path.Combine(data!, "acme-trace-shanghai-ai-lab", "cluster_summary.csv"), "Philly");
        var path = Path.Combine(scenarios, "validation", "philly-replay.yaml");
        if (published is null)
        {
            Skipped.Add("Philly replay: acme-trace-shanghai-ai-lab/cluster_summary.csv not found");
            return;
        }
        var sizes = new (string Label, string Racks, string PerRack)[]
        {
            ("VC's published size, 32 servers", "4", "8"),
            ("sized to Philly's mean node use 0.74, 17 servers", "1", "17"),
        };
        foreach (var scheduling in new[] { "fifo", "easy-backfill" })
        {
            if (PolicyCatalog.Scheduling.Find(scheduling) is null)
            {
                Skipped.Add($"Philly replay under {scheduling}: no such scheduling policy in this build");
                continue;
            }
            foreach (var (label, racks, perRack) in sizes)
            {
                log($"Philly replay: {scheduling}, {label}");
                var spec = ScenarioInput.Load(path, new[]
                {
                    KeyValuePair.Create("policies.scheduling", scheduling),
                    KeyValuePair.Create("centers.0.racks.count", racks),
                    KeyValuePair.Create("centers.0.racks.servers_per_rack", perRack),
                });
                var run = StudyRunner.Run(spec, 1)[0];
                var done = run.Jobs.Where(j => j.Status == JobStatus.Completed).ToList();
                var waits = done.Select(j => j.Start - j.Submit).Order().ToList();
                var runsS = done.Select(j => j.End - j.Start).Order().ToList();
                var check = $"Philly-like replay, {scheduling}, {label}";
                var note = $"{done.Count} jobs of VC 6c71a0; utilization {run["utilization"]:P0}";
                Rows.Add(new ValidationRow(check, "mean queueing delay (s)", waits.Average(), published.AvgQueueSeconds, "Acme cluster_summary.csv, Philly", note));
                Rows.Add(new ValidationRow(check, "median queueing delay (s)", Quantile.OfSorted(waits, 0.5), published.MedianQueueSeconds, "Acme cluster_summary.csv, Philly", note));
                Rows.Add(new ValidationRow(check, "mean run time (s)", runsS.Average(), published.AvgRunSeconds, "Acme cluster_summary.csv, Philly", "Gavel's durations are implied V100 times of resampled jobs, not Philly's"));
                Rows.Add(new ValidationRow(check, "median run time (s)", Quantile.OfSorted(runsS, 0.5), published.MedianRunSeconds, "Acme cluster_summary.csv, Philly", "Gavel's durations are implied V100 times of resampled jobs, not Philly's"));
            }
        }
    }
}
