using CenterSim.Scenarios.Serving;
using CenterSim.Traces.Readers;

namespace CenterSim.Tests.Serving;

/// <summary>
/// The Azure LLM inference trace (shared/data, beside the repository; the test does nothing without it) read
/// and replayed: its statistics are those the data folder's README lists, computed from the files.
/// </summary>
public class ServingTraceSpec
{
    private static string? Conv() =>
        ServingTraceFile.LocateData(Scenarios.ScenarioTexts.RepositoryRoot()) is { } data
            ? Path.Combine(data, ServingTraceFile.AzureFolder, ServingTraceFile.Azure["conv"])
            : null;

    [Fact]
    public void The_conversation_trace_reads_as_its_readme_describes()
    {
        if (Conv() is not { } path)
        {
            return;
        }
        var result = AzureLlmTraceReader.Read(path);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var rows = result.Rows;
        // README: 19,366 requests over 3,502 s; prompt tokens median / mean 1,020 / 1,155; output 129 / 211.
        Assert.Equal(19_366, rows.Count);
        Assert.Equal(0, rows[0].Seconds);
        Assert.Equal(3502, rows[^1].Seconds, 0);
        Assert.Equal(1155, rows.Average(r => r.PromptTokens), 0);
        Assert.Equal(211, rows.Average(r => r.OutputTokens), 0);
        var prompts = rows.Select(r => r.PromptTokens).Order().ToList();
        var outputs = rows.Select(r => r.OutputTokens).Order().ToList();
        Assert.Equal(1020, prompts[(int)Math.Ceiling(0.5 * rows.Count) - 1]);
        Assert.Equal(129, outputs[(int)Math.Ceiling(0.5 * rows.Count) - 1]);
    }

    [Fact]
    public void A_replay_brings_every_request_of_the_file_with_its_tokens()
    {
        if (Conv() is not { } path)
        {
            return;
        }
        var rows = AzureLlmTraceReader.Read(path).Rows;
        var file = Path.Combine(Scenarios.ScenarioTexts.RepositoryRoot(), "scenarios", "validation", "serving-replay.yaml");
        var run = CenterSim.Simulation.Runner.StudyRunner.Run(ServingTexts.SpecOf(file), threads: 1)[0];
        Assert.Equal(rows.Count, run["serving_requests_arrived"]);
        Assert.Equal(rows.Count, run["serving_requests_served"]);
        Assert.Equal(rows[^1].Seconds, run["serving_arrival_span_s"], 6);
        Assert.Equal(rows.Average(r => r.PromptTokens), run["serving_mean_prompt_tokens"], 9);
        Assert.Equal(rows.Average(r => r.OutputTokens), run["serving_mean_output_tokens"], 9);
        Assert.Equal(rows.Sum(r => (double)r.OutputTokens) / 7200, run["serving_tokens_per_s"], 9);
    }
}
