namespace CenterSim.Traces.Readers;

/// <summary>
/// Rows a trace reader could parse plus one "FILE:LINE: message" per problem. Readers never throw on
/// bad input: malformed rows are reported and skipped, so the caller can show every problem at once.
/// </summary>
public sealed record TraceReadResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Diagnostics)
{
    public bool Ok => Diagnostics.Count == 0;
}
