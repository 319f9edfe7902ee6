using System.Text.Json;
using System.Text.Json.Serialization;

namespace CenterSim.Simulation.Events;

/// <summary>Events as JSON: one object a line (JSON Lines), camelCase field names, fields that do not apply left out.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Line(SimEvent e) => JsonSerializer.Serialize(e, Options);

    public static void WriteLines(IEnumerable<SimEvent> events, TextWriter writer)
    {
        foreach (var e in events)
        {
            writer.Write(Line(e));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the file whole or not at all: into a temporary file beside it, then moved into place.</summary>
    public static void WriteFile(IEnumerable<SimEvent> events, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
        {
            WriteLines(events, writer);
        }
        File.Move(temp, full, overwrite: true);
    }
}
