using System.Text.Encodings.Web;
using System.Text.Json;
using CenterSim.Model.Experiments;
using CenterSim.Reporting.Formatting;
using CenterSim.Reporting.Statistics;

namespace CenterSim.Reporting.Experiments;

/// <summary>
/// Writes <c>comparison.json</c>:
/// <c>{"study", "kind", "seed", "replications", "reference", "keys": [...], "variants": {NAME: {"settings": {PATH: VALUE},
/// "metrics": {METRIC: {"mean", "ci95": [lo, hi] | null, "runs": [...], "difference": {"mean", "ci95"} | null}}}}}</c>.
/// "difference" is the paired difference arm − reference (null for the reference itself). Same
/// conventions as summary.json: two-space indent, "\n", shortest round-trip numbers, NaN as null.
/// </summary>
public static class ComparisonJsonWriter
{
    // Compact: a network study's file holds every center's metrics for every arm and replication, and
    // indentation more than doubled it; summary.json and the reports are the files for reading.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ComparisonTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("study", table.Study.Name);
            json.WriteString("kind", NumberText.SnakeCase(table.Study.Kind));
            json.WriteNumber("seed", table.Reference.Result.Arm.Spec.Seed);
            json.WriteNumber("replications", table.Reference.Summary.Replications);
            json.WriteString("reference", table.Reference.Name);
            json.WriteStartArray("keys");
            foreach (var key in table.Study.SweepKeys)
            {
                json.WriteStringValue(key);
            }
            json.WriteEndArray();
            json.WriteStartObject("variants");
            foreach (var arm in table.Arms)
            {
                json.WriteStartObject(arm.Name);
                json.WriteStartObject("settings");
                foreach (var (path, value) in arm.Result.Arm.Settings)
                {
                    json.WriteString(path, value);
                }
                json.WriteEndObject();
                json.WriteStartObject("metrics");
                foreach (var row in arm.Summary.Rows)
                {
                    json.WriteStartObject(row.Metric);
                    json.WritePropertyName("mean");
                    Number(json, row.Mean);
                    Interval(json, row.Estimate);
                    json.WriteStartArray("runs");
                    foreach (var v in row.Runs)
                    {
                        Number(json, v);
                    }
                    json.WriteEndArray();
                    if (arm.Differences is not null && arm.Differences.TryGetValue(row.Metric, out var diff))
                    {
                        json.WriteStartObject("difference");
                        json.WritePropertyName("mean");
                        Number(json, diff.Mean);
                        Interval(json, diff);
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteNull("difference");
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void Interval(Utf8JsonWriter json, Estimate estimate)
    {
        if (estimate.Interval is { } ci)
        {
            json.WriteStartArray("ci95");
            Number(json, ci.Lower);
            Number(json, ci.Upper);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("ci95");
        }
    }

    private static void Number(Utf8JsonWriter json, double value)
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
