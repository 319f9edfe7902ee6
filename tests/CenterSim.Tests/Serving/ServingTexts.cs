using CenterSim.Model.Results;
using CenterSim.Model.Scenario;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Serving;

/// <summary>
/// A small center for the serving tests: 4 servers of 8 H100 SXM (32 chips), training jobs of 8 chips for
/// 10 hours arriving faster than the center can run them, and a chat service of a 70 B model on replicas of
/// 8 chips whose requests rise twentyfold at hour 6. {SHARING} and {AUTOSCALING} are replaced per test.
/// </summary>
internal static class ServingTexts
{
    public const string Center = """
        name: serving-test
        seed: 3
        duration: 9h
        output: { jobs_csv: false }
        hardware:
          servers:
            dgx: { chip: h100-sxm, chips: 8, idle_w: 2250, peak_w: 10200 }
        centers:
          - name: c
            pue: 1.2
            tariff: { flat_yuan_per_kwh: 0.5 }
            racks: { count: 1, servers_per_rack: 4, server: dgx }
        tenants:
          - group: trainers
            category: research
            training:
              arrivals_per_hour: 2
              chips: [8]
              chip_hours: { fixed: 80 }
        serving:
          sharing: {SHARING}
          services:
            - name: chat
              model: { parameters_billions: 70, bytes_per_parameter: 2, kv_bytes_per_token: 327680 }
              chips_per_replica: 8
              max_batch: 8
              max_queue: {MAXQUEUE}
              requests:
                arrivals_per_second: 20
                daily_profile: [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
                prompt_tokens: { fixed: 500 }
                output_tokens: { fixed: 100 }
              slo: { ttft_s: 1, tpot_s: 0.05 }
              autoscaling: {AUTOSCALING}
              pricing: { name: per-token, yuan_per_million_input_tokens: 2, yuan_per_million_output_tokens: 8 }
        policies:
          pricing: { name: fixed, yuan_per_chip_hour: 12 }
        """;

    public const string TargetUtilization = "{ policy: { name: target-utilization, target: 0.5 }, min_replicas: 1, max_replicas: 3, interval: 2m, warmup: 3m }";

    public static string Text(string sharing = "harvest", string autoscaling = TargetUtilization, int maxQueue = 10_000) =>
        Center.Replace("{SHARING}", sharing).Replace("{AUTOSCALING}", autoscaling).Replace("{MAXQUEUE}", maxQueue.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ScenarioSpec Spec(string text)
    {
        var result = ScenarioLoader.Parse(text, Path.Combine(Scenarios.ScenarioTexts.RepositoryRoot(), "scenarios", "serving-test.yaml"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Spec!;
    }

    public static ScenarioSpec SpecOf(string path)
    {
        var result = ScenarioLoader.LoadFile(path);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        return result.Spec!;
    }

    public static RunResult Run(string text) => StudyRunner.Run(Spec(text), threads: 1)[0];
}
