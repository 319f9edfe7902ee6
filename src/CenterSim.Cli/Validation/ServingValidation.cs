using System.Globalization;
using CenterSim.Model.Serving;
using CenterSim.Reporting.Statistics;
using CenterSim.Simulation.Runner;
using CenterSim.Simulation.Serving;

namespace CenterSim.Cli.Validation;

/// <summary>
/// The inference services' checks: batch-of-one replicas against Erlang C, a replayed trace against the
/// file's own statistics, and the performance model against a hand calculation for a 70 B model on 8
/// H100-class chips. No measured serving system is compared (see the page's notes).
/// </summary>
public sealed class ServingValidation(string scenarios, string? data, int threads, Action<string> log)
{
    private const string NotMeasured = "no measured serving system compared";

    public void AddTo(List<ValidationRow> rows, List<string> skipped)
    {
        ErlangC(rows);
        HandCalculation(rows);
        if (data is null)
        {
            skipped.Add("Serving trace replay: no shared/data folder beside the repository (give --data DIR)");
            return;
        }
        Replay(rows, skipped);
    }

    private void ErlangC(List<ValidationRow> rows)
    {
        var path = Path.Combine(scenarios, "validation", "serving-mmc.yaml");
        log($"Serving, Erlang C: {path}");
        var spec = ScenarioInput.Load(path);
        var service = spec.Serving!.Services[0];
        var runs = StudyRunner.Run(spec, threads);
        var estimate = ConfidenceInterval.OfMean(runs.Select(r => r["serving_mean_wait_s"]).ToList());
        // n = ceil(Exp(mean 200)) tokens of 1 ms each (prefill included): geometric with p = 1 - exp(-1/200).
        var mean = ((Model.Workload.ExponentialDistribution)service.Requests.OutputTokens!).MeanValue;
        var serviceSeconds = 1e-3 / (1 - Math.Exp(-1 / mean));
        var replicas = service.Autoscaling.InitialReplicas;
        var theory = Model.Theory.ErlangC.MeanWait(replicas, service.Requests.ArrivalsPerSecond, 1 / serviceSeconds);
        var ci = estimate.Interval!.Value;
        var inside = theory >= ci.Lower && theory <= ci.Upper;
        rows.Add(new ValidationRow($"serving: {replicas} replicas batching one request, load {service.Requests.ArrivalsPerSecond * serviceSeconds / replicas:F2} (serving-mmc.yaml)",
            "mean queue wait (s)", estimate.Mean, theory, "Erlang C formula (M/M/c)",
            $"95% interval [{ci.Lower:F5}, {ci.Upper:F5}]; theory {(inside ? "inside" : "OUTSIDE")} the interval; service time geometric (squared CV 0.995, exponential 1); {spec.Replications} replications"));
    }

    /// <summary>70e9 parameters x 2 bytes on 8 x H100 SXM (989 TFLOPS, 3.35 TB/s, data notes) at 50% of peak FLOPS and 80% of peak bandwidth.</summary>
    private static void HandCalculation(List<ValidationRow> rows)
    {
        var model = new ServingPerformanceModel(new ServedModelSpec(70, 2, 327_680), ChipCatalog.BuiltIn["h100-sxm"], 8, 0.5, 0.8, 0.9);
        const string config = "serving: 70 B model (16-bit, 327,680 B of KV a token) on 8 x H100 SXM";
        const string source = "hand calculation from the datasheet figures";
        // 2 x 70e9 FLOPs x 1,000 tokens / (8 x 989e12 x 0.5) = 1.4e14 / 3.956e15 s.
        rows.Add(new ValidationRow(config, "prefill of 1,000 prompt tokens (ms)", model.PrefillSeconds(1000) * 1e3, 1.4e14 / 3.956e15 * 1e3, source,
            "2 x parameters FLOPs per token at 50% of 8 x 989 TFLOPS; " + NotMeasured));
        // (1.4e11 B of weights + 64 x 1,000 tokens x 327,680 B) / (8 x 3.35e12 x 0.8) = 1.6097152e11 / 2.144e13 s.
        rows.Add(new ValidationRow(config, "decode step, batch 64 of 1,000-token contexts (ms)", model.DecodeStepSeconds(64, 64_000) * 1e3, 1.6097152e11 / 2.144e13 * 1e3, source,
            "weights plus the batch's KV cache read at 80% of 8 x 3.35 TB/s; " + NotMeasured));
        rows.Add(new ValidationRow(config, "decode step, batch 1 of a 10-token context (ms)", model.DecodeStepSeconds(1, 10) * 1e3, (1.4e11 + 10 * 327_680) / 2.144e13 * 1e3, source,
            "a single stream is bound by the weight read; " + NotMeasured));
    }

    private void Replay(List<ValidationRow> rows, List<string> skipped)
    {
        var file = Path.Combine(data!, "azure-llm-inference-2023", "AzureLLMInferenceTrace_conv.csv");
        if (!File.Exists(file))
        {
            skipped.Add($"Serving trace replay: {file} not found");
            return;
        }
        var path = Path.Combine(scenarios, "validation", "serving-replay.yaml");
        log($"Serving, trace replay: {path}");
        var run = StudyRunner.Run(ScenarioInput.Load(path), 1)[0];
        // Straight from the file, without the trace reader: one row per request after the header.
        var lines = File.ReadLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var times = lines.Select(f => DateTime.ParseExact(f[0], "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)).ToList();
        var span = (times.Max() - times.Min()).TotalSeconds;
        var check = "serving: Azure conversation trace replayed once (serving-replay.yaml)";
        const string source = "AzureLLMInferenceTrace_conv.csv, computed from the file";
        rows.Add(new ValidationRow(check, "requests", run["serving_requests_arrived"], lines.Count, source, "every row arrives once"));
        rows.Add(new ValidationRow(check, "span of arrivals (s)", run["serving_arrival_span_s"], span, source, "first to last TIMESTAMP"));
        rows.Add(new ValidationRow(check, "mean prompt tokens", run["serving_mean_prompt_tokens"], lines.Average(f => double.Parse(f[1], CultureInfo.InvariantCulture)), source, "ContextTokens"));
        rows.Add(new ValidationRow(check, "mean output tokens", run["serving_mean_output_tokens"], lines.Average(f => double.Parse(f[2], CultureInfo.InvariantCulture)), source, "GeneratedTokens"));
    }
}
