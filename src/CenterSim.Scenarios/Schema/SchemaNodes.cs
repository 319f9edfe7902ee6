using System.Text.Json.Nodes;

namespace CenterSim.Scenarios.Schema;

/// <summary>Small builders for JSON Schema (draft-07) fragments.</summary>
public static class SchemaNodes
{
    public static JsonObject Number(double? minimum = null, double? maximum = null)
    {
        var o = new JsonObject { ["type"] = "number" };
        if (minimum is { } m)
        {
            o["minimum"] = m;
        }
        if (maximum is { } x)
        {
            o["maximum"] = x;
        }
        return o;
    }

    public static JsonObject Integer(int minimum) => new() { ["type"] = "integer", ["minimum"] = minimum };

    public static JsonObject Text() => new() { ["type"] = "string" };

    public static JsonObject Boolean() => new() { ["type"] = "boolean" };

    /// <summary>A duration with its unit ("90d", "12h", "30m", "3600s", "2w").</summary>
    public static JsonObject Duration() => new() { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.[0-9]+)?\\s*(s|m|h|d|w)$" };

    public static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v!).ToArray()) };

    public static JsonObject Array(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    /// <summary>One number for every hour or 24 hourly values.</summary>
    public static JsonObject Hours() => new()
    {
        ["anyOf"] = new JsonArray(Number(0), new JsonObject { ["type"] = "array", ["items"] = Number(0), ["minItems"] = 24, ["maxItems"] = 24 }),
    };

    public static JsonObject AnyOf(params JsonNode[] options) => new() { ["anyOf"] = new JsonArray(options) };

    /// <summary>A mapping of exactly <paramref name="keys"/> (the validator's own key list); a key without a type given may hold anything.</summary>
    public static JsonObject Closed(IEnumerable<string> keys, IReadOnlyDictionary<string, JsonNode>? types = null, params string[] required)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = types is not null && types.TryGetValue(key, out var t) ? t.DeepClone() : new JsonObject();
        }
        var o = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Length > 0)
        {
            o["required"] = new JsonArray(required.Select(r => (JsonNode)r!).ToArray());
        }
        return o;
    }
}
