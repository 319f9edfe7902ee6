namespace CenterSim.Traces.Readers;

/// <summary>
/// Minimal CSV reading shared by the trace readers: a header line names the columns (any order,
/// case-insensitive, extra columns ignored), fields are comma-separated and may be double-quoted
/// (with "" for a quote) within one line, blank lines are skipped. Line numbers are physical lines,
/// the header being line 1, so diagnostics point at the line an editor shows.
/// </summary>
internal static class CsvTraceFile
{
    public static TraceReadResult<T> Read<T>(string path, IReadOnlyList<string> requiredColumns, Func<CsvRow, T> parse)
    {
        var errors = new List<string>();
        var rows = new List<T>();
        string[] lines;
        try
        {
            lines = System.IO.File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new TraceReadResult<T>(rows, new[] { $"{path}: cannot read file: {e.Message}" });
        }
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            return new TraceReadResult<T>(rows, new[] { $"{path}:1: empty file, expected a header line" });
        }
        var headerFields = Split(lines[headerIndex], out var headerError);
        if (headerError is not null)
        {
            return new TraceReadResult<T>(rows, new[] { $"{path}:{headerIndex + 1}: {headerError}" });
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headerFields.Length; i++)
        {
            columns.TryAdd(headerFields[i].TrimStart('\uFEFF'), i);
        }
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new TraceReadResult<T>(rows, new[]
            {
                $"{path}:{headerIndex + 1}: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected header with {string.Join(",", requiredColumns)}",
            });
        }
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var lineNo = i + 1;
            var fields = Split(lines[i], out var error);
            if (error is not null)
            {
                errors.Add($"{path}:{lineNo}: {error}");
                continue;
            }
            if (fields.Length != headerFields.Length)
            {
                errors.Add($"{path}:{lineNo}: expected {headerFields.Length} fields as in the header, got {fields.Length}");
                continue;
            }
            var row = new CsvRow(path, lineNo, columns, fields, errors);
            var value = parse(row);
            if (!row.HasErrors)
            {
                rows.Add(value);
            }
        }
        return new TraceReadResult<T>(rows, errors);
    }

    /// <summary>Splits one line; fields are trimmed; error is set for an unterminated quote.</summary>
    internal static string[] Split(string line, out string? error)
    {
        error = null;
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        if (inQuotes)
        {
            error = "unterminated quoted field";
        }
        fields.Add(current.ToString().Trim());
        return fields.ToArray();
    }
}
