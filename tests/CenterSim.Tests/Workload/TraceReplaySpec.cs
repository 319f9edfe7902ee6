using CenterSim.Model.Results;
using CenterSim.Scenarios;
using CenterSim.Simulation.Runner;

namespace CenterSim.Tests.Workload;

public sealed class TraceReplaySpec : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("centersim-trace-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Scenario(string traceCsv, string extra = "stop_after_jobs: 3")
    {
        File.WriteAllText(Path.Combine(_dir, "jobs.csv"), traceCsv);
        var path = Path.Combine(_dir, "replay.yaml");
        File.WriteAllText(path, $"""
            name: replay
            seed: 1
            {extra}
            hardware:
              servers:
                s8: {"{"} chip: x, chips: 8, idle_w: 100, peak_w: 900 {"}"}
            centers:
              - name: c
                pue: 1.0
                tariff: {"{"} flat_yuan_per_kwh: 1 {"}"}
                racks: {"{"} count: 1, servers_per_rack: 1, server: s8 {"}"}
            workload:
              trace: jobs.csv
              format: generic
            policies:
              pricing: {"{"} name: fixed, yuan_per_chip_hour: 2 {"}"}
            """);
        return path;
    }

    [Fact]
    public void Replayed_jobs_start_and_end_as_computed_by_hand()
    {
        // One 8-chip server, FIFO: a runs 0–3600 s; b (arrives at 60 s) waits until 3600 and runs
        // 1800 s; c (2 chips, arrives at 4000 s) waits for b's chips until 5400 and runs 900 s.
        var path = Scenario("""
            job_id,submit_s,gpus,duration_s
            a,0,8,3600
            b,60,8,1800
            c,4000,2,900
            """);
        var load = ScenarioLoader.LoadFile(path);
        Assert.True(load.Ok, string.Join("\n", load.Errors));
        var run = StudyRunner.Run(load.Spec!, 1)[0];
        var jobs = run.Jobs.OrderBy(j => j.Id).ToList();
        Assert.Equal(new[] { 0.0, 3600, 5400 }, jobs.Select(j => j.Start));
        Assert.Equal(new[] { 3600.0, 5400, 6300 }, jobs.Select(j => j.End));
        Assert.Equal((0 + 3540 + 1400) / 3.0 / 3600, run["mean_wait_hours"], 9);
        // Revenue = 2 yuan × (8 + 4 + 0.5) chip-hours.
        Assert.Equal(2 * 12.5, run["revenue_yuan"], 9);
        Assert.All(jobs, j => Assert.Equal(JobStatus.Completed, j.Status));
    }

    [Fact]
    public void Trace_problems_are_reported_at_their_line_and_too_many_jobs_asked_is_an_error()
    {
        var path = Scenario("""
            job_id,submit_s,gpus,duration_s
            a,0,8,3600
            b,x,8,1800
            """, extra: "stop_after_jobs: 5");
        var load = ScenarioLoader.LoadFile(path);
        Assert.False(load.Ok);
        var messages = load.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith(Path.Combine(_dir, "jobs.csv") + ":3:"));
        Assert.Contains(messages, m => m.Contains("the trace has 1 jobs to replay"));
    }

    [Fact]
    public void A_missing_trace_file_is_reported_at_the_trace_key()
    {
        var path = Scenario("job_id,submit_s,gpus,duration_s\n");
        File.Delete(Path.Combine(_dir, "jobs.csv"));
        var load = ScenarioLoader.LoadFile(path);
        var error = Assert.Single(load.Errors);
        Assert.Equal(13, error.Line);
        Assert.Contains("file not found", error.Message);
    }
}
