using System.Text.Encodings.Web;
using System.Text.Json;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Files;

/// <summary>
/// Writes <c>summary.json</c>:
/// <c>{"scenario", "seed", "replications", "metrics": {NAME: {"mean", "ci95": [lo, hi] | null, "runs": [...]}}}</c>.
/// Output depends only on the table: indented with two spaces, "\n" line ends, numbers in the shortest
/// round-trip form, NaN and infinities as null, non-ASCII text unescaped, UTF-8 without BOM.
/// </summary>
public static class SummaryJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SummaryTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);

        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("scenario", table.Scenario);
            json.WriteNumber("seed", table.Seed);
            json.WriteNumber("replications", table.Replications);
            json.WriteStartObject("metrics");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject(row.Metric);
                json.WritePropertyName("mean");
                WriteNumber(json, row.Mean);
                if (row.Estimate.Interval is { } ci)
                {
                    json.WriteStartArray("ci95");
                    WriteNumber(json, ci.Lower);
                    WriteNumber(json, ci.Upper);
                    json.WriteEndArray();
                }
                else
                {
                    json.WriteNull("ci95");
                }
                json.WriteStartArray("runs");
                foreach (var v in row.Runs)
                {
                    WriteNumber(json, v);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
