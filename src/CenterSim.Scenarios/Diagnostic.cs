namespace CenterSim.Scenarios;

/// <summary>One problem in a scenario, at a 1-based line and column of the file that has it.</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>One line: a line break inside a key or value quoted in the message is written as \n, so no line lacks a position.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Escape(Message)}";

    private static string Escape(string text) =>
        text.Contains('\n') || text.Contains('\r') ? text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) : text;
}
