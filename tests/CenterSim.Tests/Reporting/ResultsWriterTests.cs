using System.Text;
using System.Text.Json;
using CenterSim.Model.Results;
using CenterSim.Reporting;
using MathNet.Numerics.Distributions;

namespace CenterSim.Tests.Reporting;

public class ResultsWriterTests
{
    [Fact]
    public void Writes_all_result_files_and_nothing_else()
    {
        using var dir = new TempFolder();
        var written = ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir["out"]);

        Assert.Equal(
            new[] { "summary.md", "jobs.csv", "timeseries.csv", "utilization.png", "summary.json" }
                .Select(n => Path.Combine(dir.Path, "out", n)),
            written);
        // No staging folder, no temporary files.
        Assert.Equal(
            new[] { "out", "out/jobs.csv", "out/summary.json", "out/summary.md", "out/timeseries.csv", "out/utilization.png" }
                .Select(p => p.Replace('/', Path.DirectorySeparatorChar)),
            dir.Entries());
    }

    [Fact]
    public void Summary_json_intervals_match_a_hand_computation_from_the_runs()
    {
        using var dir = new TempFolder();
        var runs = ReportingData.Runs();
        ResultsWriter.Write(ReportingData.Spec(), runs, dir.Path);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(dir["summary.json"]));
        var root = doc.RootElement;
        Assert.Equal("east-hub", root.GetProperty("scenario").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(3, root.GetProperty("replications").GetInt32());

        var metrics = root.GetProperty("metrics").EnumerateObject().ToArray();
        Assert.Equal(["utilization", "revenue_yuan", "mean_wait_h"], metrics.Select(m => m.Name));

        foreach (var metric in metrics)
        {
            var values = metric.Value.GetProperty("runs").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            // Per-replication values round-trip exactly.
            Assert.Equal(runs.Select(r => r[metric.Name]), values);

            // x̄ ± t(n-1, 0.975) · s/√n, s with divisor n − 1.
            var n = values.Length;
            var mean = values.Sum() / n;
            var s = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
            var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * s / Math.Sqrt(n);

            var tolerance = 1e-12 * Math.Max(1, Math.Abs(mean));
            Assert.Equal(mean, metric.Value.GetProperty("mean").GetDouble(), tolerance);
            var ci = metric.Value.GetProperty("ci95").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.Equal(2, ci.Length);
            Assert.Equal(mean - half, ci[0], tolerance);
            Assert.Equal(mean + half, ci[1], tolerance);
        }
    }

    [Fact]
    public void Summary_json_layout_is_fixed()
    {
        using var dir = new TempFolder();
        var runs = ReportingData.Runs().Take(1)
            .Select(r => ReportingData.WithMetrics(r, new Metric("utilization", 0.1), new Metric("jobs", 12)))
            .ToArray();
        ResultsWriter.Write(ReportingData.Spec(), runs, dir.Path);

        Assert.Equal(
            """
            {
              "scenario": "east-hub",
              "seed": 42,
              "replications": 1,
              "metrics": {
                "utilization": {
                  "mean": 0.1,
                  "ci95": null,
                  "runs": [
                    0.1
                  ]
                },
                "jobs": {
                  "mean": 12,
                  "ci95": null,
                  "runs": [
                    12
                  ]
                }
              }
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(dir["summary.json"]));
    }

    [Fact]
    public void Nan_metrics_are_null_in_json_and_na_in_markdown()
    {
        using var dir = new TempFolder();
        var runs = ReportingData.Runs().ToArray();
        runs[1] = ReportingData.WithMetrics(runs[1],
            new Metric("utilization", 0.75), new Metric("revenue_yuan", 1), new Metric("mean_wait_h", double.NaN));
        ResultsWriter.Write(ReportingData.Spec(), runs, dir.Path);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(dir["summary.json"]));
        var wait = doc.RootElement.GetProperty("metrics").GetProperty("mean_wait_h");
        Assert.Equal(JsonValueKind.Null, wait.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, wait.GetProperty("ci95").ValueKind);
        Assert.Equal(
            [JsonValueKind.Number, JsonValueKind.Null, JsonValueKind.Number],
            wait.GetProperty("runs").EnumerateArray().Select(v => v.ValueKind));

        var md = File.ReadAllText(dir["summary.md"]);
        Assert.Contains("| mean_wait_h | n/a | — | 2.25; n/a; 3 |", md);
    }

    [Fact]
    public void Summary_markdown_has_header_and_readable_numbers()
    {
        using var dir = new TempFolder();
        ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir.Path);

        var lines = File.ReadAllText(dir["summary.md"]).Split('\n');
        Assert.Equal("# east-hub", lines[0]);
        Assert.Contains("- Seed: 42", lines);
        Assert.Contains("- Replications: 3", lines);
        Assert.Contains("| metric | mean | 95% CI | runs |", lines);
        Assert.Contains(lines, l => l.StartsWith("| utilization | 0.7133 | [", StringComparison.Ordinal)
            && l.EndsWith("| 0.71; 0.75; 0.68 |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| revenue_yuan | 125,350 | [", StringComparison.Ordinal)
            && l.EndsWith("| 125,001; 131,250; 119,800 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_csv_has_hours_snake_case_and_empty_cells_for_nan()
    {
        using var dir = new TempFolder();
        ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir.Path);

        Assert.Equal(
            """
            replication,job,tenant,category,chips,chip_hours,submit_h,start_h,end_h,wait_h,jct_h,cost_yuan,status,reason
            1,10,lab-a,university,16,64,0,0.5,5,0.5,5,4096.25,completed,
            1,11,"Key, Inc.",key_project,8,12.5,2,,,,,0,rejected,budget
            2,20,lab-b,startup,8,8,1,1,2,0,1,512,completed,
            3,30,lab-a,sme,16,32,0,0,,0,,100.5,unfinished,

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(dir["jobs.csv"]));
    }

    [Fact]
    public void Jobs_csv_is_skipped_when_turned_off_and_a_stale_one_is_removed()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir["jobs.csv"], "from an older run");
        File.WriteAllText(dir["notes.txt"], "mine");

        ResultsWriter.Write(ReportingData.Spec(jobsCsv: false), ReportingData.Runs(), dir.Path);

        Assert.False(File.Exists(dir["jobs.csv"]));
        Assert.Equal("mine", File.ReadAllText(dir["notes.txt"]));
        Assert.True(File.Exists(dir["summary.json"]));
    }

    [Fact]
    public void Timeseries_csv_has_one_row_per_replication_per_hour()
    {
        using var dir = new TempFolder();
        var runs = ReportingData.Runs().ToArray();
        runs[2] = runs[2] with
        {
            Series = new TimeSeries(ReportingData.SeriesColumns, [[0, double.NaN, 38.25], [1, 0.5, 39]]),
        };
        ResultsWriter.Write(ReportingData.Spec(), runs, dir.Path);

        var lines = File.ReadAllText(dir["timeseries.csv"]).Split('\n');
        Assert.Equal("replication,hour,utilization,it_power_kw", lines[0]);
        Assert.Equal(1 + 4 + 3 + 2 + 1, lines.Length); // header, rows, and the empty string after the final "\n"
        Assert.Equal("", lines[^1]);
        Assert.Equal($"1,1,{(0.5 + 0.1 * 1).ToString("R", System.Globalization.CultureInfo.InvariantCulture)},41", lines[2]);
        Assert.Equal("2,0,0.6,42", lines[5]);
        Assert.Equal("3,0,,38.25", lines[8]);
        Assert.Equal("3,1,0.5,39", lines[9]);
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        using var dir = new TempFolder();
        ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir["a"]);
        ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir["b"]);
        var firstInA = ReadAll(dir["a"]);
        ResultsWriter.Write(ReportingData.Spec(), ReportingData.Runs(), dir["a"]);

        var a = ReadAll(dir["a"]);
        var b = ReadAll(dir["b"]);
        Assert.Equal(5, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var name in a.Keys)
        {
            Assert.True(a[name].AsSpan().SequenceEqual(b[name]), $"{name} differs between two writes");
            Assert.True(a[name].AsSpan().SequenceEqual(firstInA[name]), $"{name} differs after rewriting in place");
        }
    }

    [Fact]
    public void Text_files_use_lf_and_no_bom()
    {
        using var dir = new TempFolder();
        ResultsWriter.Write(ReportingData.Spec(name: "华东枢纽"), ReportingData.Runs(), dir.Path);

        foreach (var name in new[] { "summary.json", "summary.md", "jobs.csv", "timeseries.csv" })
        {
            var bytes = File.ReadAllBytes(dir[name]);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{name} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
        Assert.Contains("\"scenario\": \"华东枢纽\"", File.ReadAllText(dir["summary.json"]));
    }

    [Fact]
    public void Runs_out_of_order_or_with_mismatched_metrics_are_rejected()
    {
        using var dir = new TempFolder();
        var runs = ReportingData.Runs();
        Assert.Throws<ArgumentException>(() =>
            ResultsWriter.Write(ReportingData.Spec(), [runs[1], runs[0]], dir["x"]));
        Assert.Throws<ArgumentException>(() =>
            ResultsWriter.Write(ReportingData.Spec(), [runs[0], ReportingData.WithMetrics(runs[1], new Metric("utilization", 1))], dir["x"]));
        Assert.Throws<ArgumentException>(() =>
            ResultsWriter.Write(ReportingData.Spec(), [], dir["x"]));
        Assert.False(Directory.Exists(dir["x"]));
        Assert.Empty(dir.Entries());
    }

    private static SortedDictionary<string, byte[]> ReadAll(string folder) =>
        new(Directory.EnumerateFiles(folder).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes), StringComparer.Ordinal);
}
