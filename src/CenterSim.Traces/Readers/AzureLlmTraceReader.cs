using System.Globalization;
using CenterSim.Model.Serving;

namespace CenterSim.Traces.Readers;

/// <summary>
/// Reads the Azure LLM inference trace of 2023 (Splitwise, ISCA'24): <c>TIMESTAMP,ContextTokens,GeneratedTokens</c>,
/// the time as <c>yyyy-MM-dd HH:mm:ss.fffffff</c>. Rows come back in time order, their times in seconds after the
/// first request. A request with no output token cannot be served and is reported, like any malformed line.
/// </summary>
public static class AzureLlmTraceReader
{
    public static readonly IReadOnlyList<string> Columns = new[] { "TIMESTAMP", "ContextTokens", "GeneratedTokens" };

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static TraceReadResult<TraceRequest> Read(string path)
    {
        var raw = CsvTraceFile.Read(path, Columns, row =>
        {
            var text = row.Text("TIMESTAMP");
            if (!DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
            {
                row.Error($"column 'TIMESTAMP' must be a time like 2023-11-16 18:15:46.6805900, got '{text}'");
            }
            var prompt = (int)row.Integer("ContextTokens", 1, 10_000_000);
            var output = (int)row.Integer("GeneratedTokens", 1, 10_000_000);
            return new TraceRequest(time.Ticks, prompt, output);
        });
        if (!raw.Ok || raw.Rows.Count == 0)
        {
            return raw.Rows.Count == 0 && raw.Ok ? new TraceReadResult<TraceRequest>(raw.Rows, new[] { $"{path}:1: no request in the file" }) : raw;
        }
        var ordered = raw.Rows.OrderBy(r => r.Seconds).ToList();
        var first = ordered[0].Seconds;
        var rows = ordered.Select(r => r with { Seconds = (r.Seconds - first) / TimeSpan.TicksPerSecond }).ToList();
        return new TraceReadResult<TraceRequest>(rows, raw.Diagnostics);
    }
}
