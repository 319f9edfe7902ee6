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
            return (time.Ticks, prompt, output);
        });
        if (!raw.Ok || raw.Rows.Count == 0)
        {
            return new TraceReadResult<TraceRequest>(Array.Empty<TraceRequest>(), raw.Ok ? new[] { $"{path}:1: no request in the file" } : raw.Diagnostics);
        }
        // Times are kept in ticks until they are relative to the first, so seconds are exact to the tick.
        var ordered = raw.Rows.OrderBy(r => r.Ticks).ToList();
        var first = ordered[0].Ticks;
        var rows = ordered.Select(r => new TraceRequest((double)(r.Ticks - first) / TimeSpan.TicksPerSecond, r.prompt, r.output)).ToList();
        return new TraceReadResult<TraceRequest>(rows, raw.Diagnostics);
    }
}
