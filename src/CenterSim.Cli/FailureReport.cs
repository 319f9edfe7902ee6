using CenterSim.Simulation.Runner;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CenterSim.Cli;

/// <summary>What the command line prints, and the exit code it returns, for an exception that ends a command.</summary>
public static class FailureReport
{
    public static int Write(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        switch (exception)
        {
            case BadInputException e:
                foreach (var m in e.Messages)
                {
                    error.WriteLine(m);
                }
                return ExitCodes.BadInput;
            case CommandParseException or CommandRuntimeException:
                error.WriteLine($"centersim: {Plain(exception.Message)}");
                return ExitCodes.BadInput;
            case InfrastructureException e:
                error.WriteLine($"centersim: {e.Message}");
                return ExitCodes.InfrastructureFailure;
        }
        if (RunFailures(exception) is { Count: > 0 } runs)
        {
            // A run that failed or was stopped says which replication, at what simulated time and why.
            var more = runs.Count > 1 ? $" ({runs.Count - 1} more runs failed)" : "";
            error.WriteLine($"centersim: {OneLine(runs[0].Message)}{more}");
            return ExitCodes.InternalFailure;
        }
        AnsiConsole.MarkupLine("[red]centersim: internal failure[/]");
        error.WriteLine(exception.ToString());
        return ExitCodes.InternalFailure;
    }

    /// <summary>The failed runs, in the order the runner lists them, when nothing but runs failed; otherwise none.</summary>
    private static IReadOnlyList<SimulationException> RunFailures(Exception exception)
    {
        IReadOnlyList<Exception> all = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : new[] { exception };
        return all.All(e => e is SimulationException) ? all.Cast<SimulationException>().ToList() : Array.Empty<SimulationException>();
    }

    private static string OneLine(string message) => string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Spectre names the CLR type of an option it cannot convert; say what the user should type instead.
    public static string Plain(string message) => message.Replace("Nullable`1", "a whole number").Replace("Int32", "a whole number").Replace("UInt64", "a whole number");
}
