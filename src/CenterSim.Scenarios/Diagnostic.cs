namespace CenterSim.Scenarios;

/// <summary>One problem in a scenario, at a 1-based line and column of the file that has it.</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
