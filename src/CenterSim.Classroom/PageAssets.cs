using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CenterSim.Classroom;

/// <summary>The page, its script and style (embedded resources), put together; a replay page also carries its playback.</summary>
public static class PageAssets
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Resource(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"the page resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The whole page, self-contained; with a playback it plays that offline instead of asking the server.</summary>
    public static string Page(Playback? replay)
    {
        var data = replay is null ? "null" : JsonSerializer.Serialize(replay, Json).Replace("</", "<\\/", StringComparison.Ordinal);
        return Resource("index.html")
            .Replace("/*STYLE*/", Resource("app.css"), StringComparison.Ordinal)
            .Replace("/*SCRIPT*/", Resource("app.js"), StringComparison.Ordinal)
            .Replace("/*REPLAY*/null", data, StringComparison.Ordinal);
    }
}
