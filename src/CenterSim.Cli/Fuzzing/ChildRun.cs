using System.Diagnostics;

namespace CenterSim.Cli.Fuzzing;

/// <summary>One `centersim` command run as a child process with a time limit: its exit code, whether it printed a stack trace, whether it timed out.</summary>
public sealed record ChildRun(int ExitCode, bool StackTrace, bool TimedOut, string Stderr)
{
    /// <summary>Runs this same `centersim` (the running executable, or `dotnet centersim.dll`) with <paramref name="args"/>.</summary>
    public static ChildRun Start(IReadOnlyList<string> args, TimeSpan limit)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var self = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start centersim");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = !process.WaitForExit(limit);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var err = stderr.Result;
        _ = stdout.Result;
        return new ChildRun(timedOut ? -1 : process.ExitCode, HasStackTrace(err), timedOut, err);
    }

    /// <summary>Whether a command's error output holds a stack trace or a crash report.</summary>
    public static bool HasStackTrace(string stderr) =>
        stderr.Contains("Stack overflow", StringComparison.Ordinal) || stderr.Contains("Unhandled exception", StringComparison.Ordinal)
        || stderr.Split('\n').Any(l => l.StartsWith("   at ", StringComparison.Ordinal));
}
