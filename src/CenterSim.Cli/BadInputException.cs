namespace CenterSim.Cli;

/// <summary>Input the user can fix: each message is printed as is (FILE:LINE:COL: ... where there is a file), exit code 2.</summary>
public sealed class BadInputException(IReadOnlyList<string> messages) : Exception(string.Join(Environment.NewLine, messages))
{
    public BadInputException(string message) : this(new[] { message })
    {
    }

    public IReadOnlyList<string> Messages { get; } = messages;
}
