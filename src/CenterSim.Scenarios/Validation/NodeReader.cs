using System.Globalization;
using CenterSim.Scenarios.Tree;

namespace CenterSim.Scenarios.Validation;

/// <summary>
/// Reads typed values out of a <see cref="Node"/> tree and records a diagnostic for every problem instead
/// of throwing, so one pass reports all of them. A method returns null when the value is absent or bad.
/// </summary>
public sealed class NodeReader(string file)
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<Diagnostic> _warnings = new();

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Count > 0;

    /// <summary>Keys that are accepted but change nothing in this scenario, each with the reason.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    public void Warn(Node node, string message) =>
        _warnings.Add(new Diagnostic(File, node.Line, node.Column, "warning: " + message));

    public void Error(Node node, string message) =>
        _diagnostics.Add(new Diagnostic(File, node.Line, node.Column, node.Origin is null ? message : $"{message} (set by {node.Origin})"));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="allowed"/>, with a did-you-mean hint.</summary>
    public void CheckKeys(MappingNode map, string context, IReadOnlyCollection<string> allowed)
    {
        foreach (var entry in map.Entries)
        {
            if (!allowed.Contains(entry.Name))
            {
                var where = context.Length == 0 ? "" : $" in {context}";
                Error(entry.Key, $"unknown key '{entry.Name}'{where}{Suggestions.Hint(entry.Name, allowed)}");
            }
        }
    }

    /// <summary>The value of an optional key; null when absent or YAML null.</summary>
    public static Node? Optional(MappingNode? map, string key)
    {
        var value = map?[key];
        return value is ScalarNode { IsNull: true } ? null : value;
    }

    /// <summary>The value of a required key; reports at the mapping when it is missing, at the key when it is empty.</summary>
    public Node? Required(MappingNode? map, string key, string context)
    {
        if (map is null)
        {
            return null;
        }
        var entry = map.Find(key);
        if (entry is null)
        {
            var where = context.Length == 0 ? "" : $" in {context}";
            Error(map, $"missing required key '{key}'{where}");
            return null;
        }
        if (entry.Value is ScalarNode { IsNull: true })
        {
            Error(entry.Key, $"'{key}' needs a value");
            return null;
        }
        return entry.Value;
    }

    public MappingNode? Mapping(Node? node, string label)
    {
        if (node is null or MappingNode)
        {
            return node as MappingNode;
        }
        Error(node, $"'{label}': expected a mapping (key: value lines), found {node.Describe()}");
        return null;
    }

    public SequenceNode? Sequence(Node? node, string label)
    {
        if (node is null or SequenceNode)
        {
            return node as SequenceNode;
        }
        Error(node, $"'{label}': expected a list, found {node.Describe()}");
        return null;
    }

    private ScalarNode? Scalar(Node? node, string label, string expected)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode { IsNull: false } s:
                return s;
            default:
                Error(node, $"'{label}': expected {expected}, found {node.Describe()}");
                return null;
        }
    }

    public string? String(Node? node, string label) => Scalar(node, label, "a text value")?.Value;

    public bool? Bool(Node? node, string label)
    {
        var s = Scalar(node, label, "true or false");
        if (s is null)
        {
            return null;
        }
        if (bool.TryParse(s.Value, out var b))
        {
            return b;
        }
        Error(s, $"'{label}': expected true or false, found '{s.Value}'");
        return null;
    }

    /// <summary>An integer in [min, max].</summary>
    public long? Integer(Node? node, string label, long min, long max = long.MaxValue)
    {
        var s = Scalar(node, label, "an integer");
        if (s is null)
        {
            return null;
        }
        if (!long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var message = System.Numerics.BigInteger.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                ? (big < min ? $"must be >= {min}" : $"must be <= {max}") + $", found {s.Value}"
                : $"expected an integer, found '{s.Value}'";
            Error(s, $"'{label}': {message}");
            return null;
        }
        if (value < min || value > max)
        {
            Error(s, $"'{label}': " + (value < min ? $"must be >= {min}" : $"must be <= {max}") + $", found {value}");
            return null;
        }
        return value;
    }

    public int? Int(Node? node, string label, int min, int max = int.MaxValue) => (int?)Integer(node, label, min, max);

    /// <summary>A non-negative integer up to 2^64 − 1 (seeds).</summary>
    public ulong? UInt64(Node? node, string label)
    {
        var s = Scalar(node, label, "an integer");
        if (s is null)
        {
            return null;
        }
        if (ulong.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        var message = System.Numerics.BigInteger.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
            ? (big.Sign < 0 ? $"must be >= 0, found {s.Value}" : $"must be <= {ulong.MaxValue}, found {s.Value}")
            : $"expected an integer, found '{s.Value}'";
        Error(s, $"'{label}': {message}");
        return null;
    }

    /// <summary>A finite number within <paramref name="range"/>.</summary>
    public double? Number(Node? node, string label, Bounds range)
    {
        var s = Scalar(node, label, "a number");
        if (s is null)
        {
            return null;
        }
        if (!double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(s, $"'{label}': expected a number, found '{s.Value}'");
            return null;
        }
        if (MoneyLimits.MaxOf(label) is { } most && Math.Abs(value) > most)
        {
            Error(s, $"'{label}': at most {Format(most)} yuan, found {s.Value} (the market's ledger counts cents exactly only up to about 9e13 yuan in all)");
            return null;
        }
        return Check(s, label, value, range);
    }

    /// <summary>A duration such as "14d", in seconds, within <paramref name="range"/>.</summary>
    public double? Duration(Node? node, string label, Bounds range)
    {
        var s = Scalar(node, label, "a duration such as '14d'");
        if (s is null)
        {
            return null;
        }
        var seconds = DurationParser.TryParse(s.Value, out var error);
        if (seconds is null)
        {
            Error(s, $"'{label}': {error}");
            return null;
        }
        return Check(s, label, seconds.Value, range, s.Value);
    }

    /// <summary>Reports <paramref name="value"/> when outside <paramref name="range"/>; returns it when inside.</summary>
    public double? Check(Node node, string label, double value, Bounds range, string? shown = null)
    {
        var problem = range.Problem(value);
        if (problem is null)
        {
            return value;
        }
        Error(node, $"'{label}': {problem}, found {shown ?? Format(value)}");
        return null;
    }

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
