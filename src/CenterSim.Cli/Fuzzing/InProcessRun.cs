using Spectre.Console;

namespace CenterSim.Cli.Fuzzing;

/// <summary>
/// One `centersim` command run inside this process, through the same entry point as the executable,
/// with its console output captured: far cheaper than a child process for the thousands of mutants that
/// only need `validate`. A command that does not answer within the limit is reported as timed out; it
/// cannot be stopped, so the caller must not start another in-process command after one.
/// </summary>
public static class InProcessRun
{
    public static ChildRun Start(IReadOnlyList<string> args, TimeSpan limit)
    {
        var stdout = Console.Out;
        var stderr = Console.Error;
        var console = AnsiConsole.Console;
        var captured = new StringWriter();
        Console.SetOut(TextWriter.Null);
        Console.SetError(captured);
        // Spectre's console holds the standard output it was made with; give it the null writer too.
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        try
        {
            var task = Task.Run(() => CliApp.Run(args, captured));
            if (!task.Wait(limit))
            {
                return new ChildRun(-1, false, true, "no answer within the time limit");
            }
            var err = captured.ToString();
            return new ChildRun(task.Result, ChildRun.HasStackTrace(err), false, err);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            AnsiConsole.Console = console;
        }
    }
}
