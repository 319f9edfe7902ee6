using System.Globalization;

namespace CenterSim.Traces.Readers;

/// <summary>One data line of a CSV trace with typed accessors that record a diagnostic instead of throwing.</summary>
internal sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;
    private readonly List<string> _errors;

    public CsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] fields, List<string> errors)
    {
        File = file;
        Line = line;
        _columns = columns;
        _fields = fields;
        _errors = errors;
    }

    public string File { get; }

    public int Line { get; }

    public bool HasErrors { get; private set; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Text(string column) =>
        _columns.TryGetValue(column, out var i) && i < _fields.Length ? _fields[i] : "";

    public void Error(string message)
    {
        HasErrors = true;
        _errors.Add($"{File}:{Line}: {message}");
    }

    /// <summary>Required integer within [min, max].</summary>
    public long Integer(string column, long min, long max)
    {
        var text = Text(column);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            Error($"column '{column}' must be an integer in [{min}, {max}], got '{text}'");
            return min;
        }
        return v;
    }

    /// <summary>Integer within [min, max], or <paramref name="fallback"/> when the column is absent or empty.</summary>
    public long OptionalInteger(string column, long min, long max, long fallback) =>
        Text(column).Length == 0 ? fallback : Integer(column, min, max);

    public long? NullableInteger(string column, long min, long max) =>
        Text(column).Length == 0 ? null : Integer(column, min, max);

    /// <summary>Required finite number within [min, max].</summary>
    public double Number(string column, double min, double max)
    {
        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < min || v > max)
        {
            Error($"column '{column}' must be a number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}], got '{text}'");
            return min;
        }
        return v;
    }

    public double? NullableNumber(string column, double min, double max) =>
        Text(column).Length == 0 ? null : Number(column, min, max);

    public string RequiredText(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Error($"column '{column}' must not be empty");
        }
        return text;
    }
}
